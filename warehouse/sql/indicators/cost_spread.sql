-- The spread of weekly costs (DHSC 6.Costs_fact.sql 89-93) of the services open in each
-- year: minimum, median, mean and maximum cost per week, and the same per day, over the
-- costed lines of a breakdown (service_cost_lines, all but the per-provider ones), beside
-- the placements of every service in it. A line counts once whatever its days;
-- COST-WEEK is the day-weighted average. The breakdown is both a label and typed columns
-- (breakdown_part).
CREATE OR REPLACE VIEW cost_spread AS
SELECT council, financial_year, breakdown,
    breakdown_part(breakdown, 'Service') AS service_component, breakdown_part(breakdown, 'Setting') AS support_setting,
    breakdown_part(breakdown, 'Provider type') AS provider_type,
    breakdown_part(breakdown, 'Support reason') AS primary_support_reason, breakdown_part(breakdown, 'Age') AS age_band,
    placements, costed_lines, minimum_per_week, median_per_week,
    mean_per_week, maximum_per_week, minimum_per_day, median_per_day, maximum_per_day
FROM internal.service_cost_lines
WHERE NOT by_provider;
