-- The spread of weekly costs (DHSC's rules) of the services open in each year: minimum,
-- median, mean and maximum cost per week, and the same per day, over the placements of
-- a breakdown (the same breakdowns as COST-WEEK). A placement counts once whatever its
-- days; COST-WEEK is the day-weighted average.
CREATE OR REPLACE VIEW cost_spread AS
SELECT council, financial_year,
    CASE
        WHEN grouping(asc_fr_setting) = 0 THEN 'Setting: ' || asc_fr_setting || ' | Age: ' || age_band
        WHEN grouping(primary_support_reason) = 0 THEN 'Service: ' || service_component
            || ' | Support reason: ' || primary_support_reason || ' | Age: ' || age_band
        WHEN grouping(provider_type) = 0 THEN 'Service: ' || service_component || ' | Provider type: '
            || coalesce(provider_type, 'Unknown')
        ELSE 'Service: ' || service_component
    END AS breakdown,
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
    (council, financial_year, asc_fr_setting, age_band));
