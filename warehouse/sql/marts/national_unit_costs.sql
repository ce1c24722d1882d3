-- materialise: computed once a run, since the board report reads it for every council
-- Care home unit costs of every council in the published ASC-FR data file, ranked among
-- all the councils in it, beside the warehouse's own figure. As ASC-FR derives them: gross
-- current expenditure (the file's thousands of pounds x 1,000) / weeks of care, for
-- residential care, nursing care and the two together ('Residential and nursing'), each
-- age band (18-64, 65+) and both ('All'). Only the file's detail rows are read (one
-- support reason and one provision, In House or External, each; its totals are left out,
-- so nothing counts twice), and only its councils' (not England's E92 nor a region's E12
-- rows). Rank 1 is the highest unit cost; tied costs share a rank, and
-- a council without expenditure or weeks is not ranked. warehouse_unit_cost is the
-- services feed's own figure for a council the warehouse holds (fct_service_costs: spend /
-- placement days x 7, same setting, band and year).
-- unique: council, financial_year, care_home_setting, age_band
CREATE OR REPLACE VIEW national_unit_costs AS
WITH items AS (
    SELECT
        ons_code AS council,
        geography_name,
        financial_year,
        ascfr_support_setting AS support_setting,
        CASE ascfr_age_band WHEN '18 to 64' THEN '18-64' ELSE '65+' END AS age_band,
        CASE WHEN finance_type = 'Expenditure' AND finance_description = 'Gross current expenditure'
            THEN item_value * 1000 END AS expenditure,
        CASE WHEN finance_type = 'Activity' AND finance_description = 'Weeks of care'
            THEN item_value END AS weeks
    FROM ascfr_items
    WHERE left(ons_code, 3) NOT IN ('E92', 'E12')
        AND ascfr_support_setting IN ('Residential', 'Nursing')
        AND ascfr_age_band IN ('18 to 64', '65 and over')
        AND ascfr_support_reason <> 'Total'
        AND ascfr_provision IN ('In House', 'External')
),
national AS (
    SELECT
        council,
        geography_name,
        financial_year,
        CASE WHEN grouping(support_setting) = 1 THEN 'Residential and nursing' ELSE support_setting END
            AS support_setting,
        CASE WHEN grouping(age_band) = 1 THEN 'All' ELSE age_band END AS age_band,
        CAST(sum(expenditure) AS DECIMAL(18, 2)) AS ascfr_expenditure,
        CAST(sum(weeks) AS DECIMAL(18, 2)) AS ascfr_weeks
    FROM items
    GROUP BY GROUPING SETS (
        (council, geography_name, financial_year, support_setting, age_band),
        (council, geography_name, financial_year, support_setting),
        (council, geography_name, financial_year, age_band),
        (council, geography_name, financial_year))
),
own AS (
    SELECT
        council,
        financial_year,
        CASE WHEN grouping(support_setting) = 1 THEN 'Residential and nursing' ELSE support_setting END
            AS support_setting,
        CASE WHEN grouping(age_band) = 1 THEN 'All' ELSE age_band END AS age_band,
        pounds_of_364ths(sum(spend_364ths(spend, unit_cost, cost_frequency, planned_units_per_week, days))) AS spend,
        sum(placement_days) AS placement_days
    FROM fct_service_costs
    WHERE support_setting IN ('Residential', 'Nursing') AND age_band IN ('18-64', '65+')
    GROUP BY GROUPING SETS (
        (council, financial_year, support_setting, age_band),
        (council, financial_year, support_setting),
        (council, financial_year, age_band),
        (council, financial_year))
),
costed AS (
    SELECT
        n.*,
        CAST(exact_ratio(n.ascfr_expenditure, n.ascfr_weeks, 1, 2) AS DECIMAL(18, 2)) AS national_unit_cost,
        CAST(exact_ratio(o.spend, o.placement_days, 7, 2) AS DECIMAL(18, 2)) AS warehouse_unit_cost
    FROM national AS n
    LEFT JOIN own AS o USING (council, financial_year, support_setting, age_band)
)
SELECT
    council,
    geography_name,
    financial_year,
    support_setting AS care_home_setting,
    age_band,
    ascfr_expenditure,
    ascfr_weeks,
    national_unit_cost,
    CASE WHEN national_unit_cost IS NOT NULL THEN rank() OVER (
        PARTITION BY financial_year, support_setting, age_band, national_unit_cost IS NULL
        ORDER BY national_unit_cost DESC) END AS rank_highest_first,
    count(national_unit_cost) OVER (PARTITION BY financial_year, support_setting, age_band) AS councils_ranked,
    warehouse_unit_cost
FROM costed;
