-- The services feed's costs in each year, by the breakdowns the cost indicators and
-- cost_spread share: by service component; by component and provider type; by component,
-- support reason and age band; by component and provider; and by the finance return's
-- support setting and age band. Spend and days are clipped to the year
-- (fct_service_costs); the spread is of the weekly costs of the placements open in it.
CREATE OR REPLACE VIEW service_cost_lines AS
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
    grouping(provider_id) = 0 AS by_provider,
    sum(spend) AS spend,
    sum(days) AS days,
    count(DISTINCT person_key) AS people,
    count(*) AS placements,
    min(cost_per_week) AS minimum_per_week,
    median(cost_per_week) AS median_per_week,
    CAST(avg(cost_per_week) AS DECIMAL(18, 2)) AS mean_per_week,
    max(cost_per_week) AS maximum_per_week,
    min(cost_per_day(cost_per_week)) AS minimum_per_day,
    median(cost_per_day(cost_per_week)) AS median_per_day,
    max(cost_per_day(cost_per_week)) AS maximum_per_day
FROM fct_service_costs
GROUP BY GROUPING SETS (
    (council, financial_year, service_component),
    (council, financial_year, service_component, provider_type),
    (council, financial_year, service_component, primary_support_reason, age_band),
    (council, financial_year, service_component, provider_id),
    (council, financial_year, asc_fr_setting, age_band));
