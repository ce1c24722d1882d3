-- materialise: computed alone, then read by indicator_values
-- COST-LEDGER-WEEK: the finance side of cost per week: ledger spend in a support setting
-- and age band (fct_spend, through the cost-centre map) divided by the client days the
-- services feed records in the same setting and age band, x 7: the placement days of
-- every service, costed or not (fct_service_costs), since the ledger pays for them all. The finance return's
-- guidance warns the two are not the same thing (the ledger holds accruals, income and
-- services the CLD does not cost); COST-WEEK's rows 'Setting: ... | Age: ...' are the
-- services feed's own figure for the same cells. Each setting
-- also has its own row ('Setting: Residential'): all its spend over all its days, which
-- includes the spend of cost centres the map gives no age band (a council that maps its
-- care homes by setting alone has that row and no row by age). people counts the people
-- whose days they are: a cost per week of 1 to care.warehouse.suppression-threshold of
-- them is their packages, so a published figure hides it (indicator_values), the setting's
-- own row as well, which no cost of the services feed stands beside.
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.ind_cost_ledger AS
WITH spend AS (
    SELECT council, financial_year, support_setting, age_band, spend
    FROM fct_spend
    WHERE support_setting IN ('Residential', 'Nursing')
),
days AS (
    SELECT council, financial_year, support_setting, age_band, placement_days AS days, person_key
    FROM fct_service_costs
    WHERE support_setting IN ('Residential', 'Nursing')
),
cells AS (
    SELECT council, financial_year, 'Setting: ' || support_setting || ' | Age: ' || age_band AS breakdown,
        sum(spend) AS spend, NULL AS days, NULL AS people
    FROM spend WHERE age_band IS NOT NULL GROUP BY ALL
    UNION ALL
    SELECT council, financial_year, 'Setting: ' || support_setting, sum(spend), NULL, NULL FROM spend GROUP BY ALL
    UNION ALL
    SELECT council, financial_year, 'Setting: ' || support_setting || ' | Age: ' || age_band, NULL, sum(days),
        count(DISTINCT person_key)
    FROM days GROUP BY ALL
    UNION ALL
    SELECT council, financial_year, 'Setting: ' || support_setting, NULL, sum(days), count(DISTINCT person_key)
    FROM days GROUP BY ALL
)
SELECT 'COST-LEDGER-WEEK' AS indicator_id, council, financial_year, breakdown,
    CAST(sum(spend) AS DECIMAL(18, 2)) AS numerator, sum(days) AS denominator, max(people) AS people
FROM cells
GROUP BY ALL
HAVING count(spend) > 0 AND count(days) > 0;
