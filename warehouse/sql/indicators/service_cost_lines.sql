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
-- The distinct counts are made apart: count(DISTINCT) over five grouping sets holds every
-- group's set of keys in memory and cannot spill (at scale 16, 1.3 million lines in five
-- sets each failed under a 512MB memory_limit). Each person or event is taken once per
-- group by grouping sets of their own, which spill, then counted; set tells the grouping
-- sets apart, as grouping() numbers them the same way in both.
WITH amounts AS (
    SELECT council, financial_year, service_component, provider_type, primary_support_reason, age_band,
        provider_id, support_setting,
        grouping(service_component, provider_type, primary_support_reason, age_band, provider_id, support_setting)
            AS set,
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
        (council, financial_year, support_setting, age_band))
),
-- each person and each event once per group: a row of members holds one or the other
members AS (
    SELECT council, financial_year, service_component, provider_type, primary_support_reason, age_band,
        provider_id, support_setting, person_key, NULL::BIGINT AS event_id
    FROM fct_service_costs
    UNION ALL
    SELECT council, financial_year, service_component, provider_type, primary_support_reason, age_band,
        provider_id, support_setting, NULL, event_id
    FROM fct_service_costs
),
counts AS (
    SELECT council, financial_year, service_component, provider_type, primary_support_reason, age_band,
        provider_id, support_setting, set, count(person_key) AS people, count(event_id) AS placements
    FROM (
        SELECT council, financial_year, service_component, provider_type, primary_support_reason, age_band,
            provider_id, support_setting, person_key, event_id,
            grouping(service_component, provider_type, primary_support_reason, age_band, provider_id,
                support_setting) AS set
        FROM members
        GROUP BY GROUPING SETS (
            (council, financial_year, service_component, person_key, event_id),
            (council, financial_year, service_component, provider_type, person_key, event_id),
            (council, financial_year, service_component, primary_support_reason, age_band, person_key, event_id),
            (council, financial_year, service_component, provider_id, person_key, event_id),
            (council, financial_year, support_setting, age_band, person_key, event_id))
    )
    GROUP BY ALL
)
SELECT a.council, a.financial_year, a.breakdown, a.by_provider, a.spend, a.weekly_spend, a.weekly_days, a.days,
    c.people, c.placements, a.costed_lines, a.minimum_per_week, a.median_per_week, a.mean_per_week,
    a.maximum_per_week, a.minimum_per_day, a.median_per_day, a.maximum_per_day
FROM amounts AS a
JOIN counts AS c
    ON c.council = a.council AND c.financial_year = a.financial_year AND c.set = a.set
    AND c.service_component IS NOT DISTINCT FROM a.service_component
    AND c.provider_type IS NOT DISTINCT FROM a.provider_type
    AND c.primary_support_reason IS NOT DISTINCT FROM a.primary_support_reason
    AND c.age_band IS NOT DISTINCT FROM a.age_band
    AND c.provider_id IS NOT DISTINCT FROM a.provider_id
    AND c.support_setting IS NOT DISTINCT FROM a.support_setting;
