-- materialise: computed once a run, since several models read it
-- The services feed's costs in each year, by the breakdowns the cost indicators and
-- cost_spread share: by service component; by component and provider type; by component,
-- support reason and age band; by component and provider; and by the finance return's
-- support setting and age band. From fct_service_costs (DHSC 6.Costs_fact.sql 43-113):
-- - people and placements count every service, costed or not (2.Services_fact.sql keeps
--   them all); a placement is a unique event, whatever its lines (double-up care) or
--   the submissions covering the year;
-- - spend is the cost in the year of the costed lines, one-off costs included;
--   weekly_spend and weekly_days are those of the lines with a weekly cost (a one-off
--   cost has no weeks of service, COST 95-112), for the day-weighted cost a week; days
--   are placement days, so the two carers of double-up care cost one placement's week;
-- - the spread is of the weekly and daily costs of the costed lines, each counted once
--   whatever its days (costed_lines of them).
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.service_cost_lines AS
SELECT council, financial_year,
    CASE
        WHEN grouping(support_setting) = 0 THEN 'Setting: ' || support_setting || ' | Age: ' || age_band
        WHEN grouping(provider_id) = 0 THEN 'Service: ' || service_component || ' | Provider: ' || provider_id
        WHEN grouping(primary_support_reason) = 0 THEN 'Service: ' || service_component
            || ' | Support reason: ' || primary_support_reason || ' | Age: ' || age_band
        WHEN grouping(provider_type) = 0 THEN 'Service: ' || service_component || ' | Provider type: '
            || coalesce(provider_type, 'Unknown')
        ELSE 'Service: ' || service_component
    END AS breakdown,
    grouping(provider_id) = 0 AS by_provider,
    CAST(sum(spend) AS DECIMAL(18, 2)) AS spend,
    CAST(sum(spend) FILTER (WHERE cost_per_week IS NOT NULL) AS DECIMAL(18, 2)) AS weekly_spend,
    sum(placement_days) FILTER (WHERE cost_per_week IS NOT NULL) AS weekly_days,
    sum(placement_days) AS days,
    count(DISTINCT person_key) AS people,
    count(DISTINCT event_id) AS placements,
    count(cost_per_week) AS costed_lines,
    min(cost_per_week) AS minimum_per_week,
    median(cost_per_week) AS median_per_week,
    CAST(avg(cost_per_week) AS DECIMAL(18, 2)) AS mean_per_week,
    max(cost_per_week) AS maximum_per_week,
    min(cost_per_day) AS minimum_per_day,
    median(cost_per_day) AS median_per_day,
    max(cost_per_day) AS maximum_per_day
FROM fct_service_costs
GROUP BY GROUPING SETS (
    (council, financial_year, service_component),
    (council, financial_year, service_component, provider_type),
    (council, financial_year, service_component, primary_support_reason, age_band),
    (council, financial_year, service_component, provider_id),
    (council, financial_year, support_setting, age_band));
