-- Cost per week, cost per day, spend per person and spend per placement from the services
-- feed (fct_service_costs: DHSC's rules, clipped to the year), by service component, by
-- component and provider type, by component, support reason and age band, by provider,
-- and by the finance return's support setting and age band (to set beside COST-LEDGER-WEEK).
-- Cost per week = spend / days x 7; cost per day = spend / days.
CREATE OR REPLACE VIEW ind_cost AS
WITH lines AS (
    SELECT council, financial_year,
        CASE
            WHEN grouping(asc_fr_setting) = 0 THEN 'Setting: ' || asc_fr_setting || ' | Age: ' || age_band
            WHEN grouping(provider_id) = 0 THEN 'Service: ' || service_component || ' | Provider: ' || provider_id
            WHEN grouping(primary_support_reason) = 0 THEN 'Service: ' || service_component
                || ' | Support reason: ' || primary_support_reason || ' | Age: ' || age_band
            WHEN grouping(provider_type) = 0 THEN 'Service: ' || service_component || ' | Provider type: '
                || coalesce(provider_type, 'Unknown')
            ELSE 'Service: ' || service_component
        END AS breakdown,
        sum(spend) AS spend,
        sum(days) AS days,
        count(DISTINCT person_key) AS people,
        count(*) AS placements
    FROM fct_service_costs
    GROUP BY GROUPING SETS (
        (council, financial_year, service_component),
        (council, financial_year, service_component, provider_type),
        (council, financial_year, service_component, primary_support_reason, age_band),
        (council, financial_year, service_component, provider_id),
        (council, financial_year, asc_fr_setting, age_band))
)
SELECT 'COST-WEEK' AS indicator_id, council, financial_year, breakdown, spend AS numerator, days AS denominator
FROM lines
UNION ALL
SELECT 'COST-DAY', council, financial_year, breakdown, spend, days FROM lines
UNION ALL
SELECT 'COST-PERSON', council, financial_year, breakdown, spend, people FROM lines
UNION ALL
SELECT 'COST-PLACEMENT', council, financial_year, breakdown, spend, placements FROM lines;
