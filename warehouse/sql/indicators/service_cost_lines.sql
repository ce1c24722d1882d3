-- materialise: computed once a run, since several models read it
-- The services feed's costs in each year, by the breakdowns the cost indicators and
-- cost_spread share: by service component; by component and provider type; by component,
-- support reason and age band; by component and provider; and by the finance return's
-- support setting and age band. From fct_service_costs (DHSC 6.Costs_fact.sql 43-113):
-- - people and placements count every service, costed or not (2.Services_fact.sql keeps
--   them all); a placement is a unique event, whatever its lines (double-up care) or
--   the submissions covering the year;
-- - spend is the cost in the year of the costed lines, one-off costs included, summed
--   exact and rounded once (COST rounds no line: a line's penny is not a sum's);
--   weekly_spend and weekly_days are those of the lines with a weekly cost (a one-off
--   cost has no weeks of service, COST 95-112), for the day-weighted cost a week; days
--   are placement days, so the two carers of double-up care cost one placement's week;
-- - the spread is of the weekly and daily costs of the costed lines, each counted once
--   whatever its days (costed_lines of them).
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.service_cost_lines AS
-- The distinct counts are made apart, per numbered group: count(DISTINCT) over five
-- grouping sets holds every group's set of keys in memory and cannot spill (at scale 16,
-- 1.3 million lines in five sets each failed under a 512MB memory_limit), and grouping
-- sets of their own over the six breakdown columns and each key took 5 s there. Instead
-- the few combinations of breakdown columns (15,000 at scale 16) are put in their five
-- groups, each group numbered, each line given its combination's group numbers, and each
-- person and event taken once per group number by a DISTINCT, which spills: 2.4 s.
-- amounts, numbered as group_keys, is read twice and computed twice, not kept: its medians
-- hold the lines' costs, and kept beside the DISTINCT below they left it short of memory
-- under 512MB
WITH amounts AS NOT MATERIALIZED (
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
        pounds_of_364ths(sum(spend_364ths)) AS spend,
        pounds_of_364ths(sum(spend_364ths) FILTER (WHERE cost_per_week IS NOT NULL)) AS weekly_spend,
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
    FROM (
        SELECT *, spend_364ths(spend, unit_cost, cost_frequency, planned_units_per_week, days) AS spend_364ths
        FROM fct_service_costs)
    GROUP BY GROUPING SETS (
        (council, financial_year, service_component),
        (council, financial_year, service_component, provider_type),
        (council, financial_year, service_component, primary_support_reason, age_band),
        (council, financial_year, service_component, provider_id),
        (council, financial_year, support_setting, age_band))
),
-- every combination of breakdown columns a line has, and the group of each grouping set
-- it falls in: the group's own columns match, the others are those grouping() sets a bit
-- for (32 for its first column, 1 for its last); a group's number depends only on the
-- group, so each reading of group_keys numbers it alike
combos AS (
    SELECT DISTINCT council, financial_year, service_component, provider_type, primary_support_reason, age_band,
        provider_id, support_setting
    FROM fct_service_costs
),
group_keys AS NOT MATERIALIZED (
    SELECT *,
        dense_rank() OVER (ORDER BY set, council, financial_year, service_component, provider_type,
            primary_support_reason, age_band, provider_id, support_setting) AS grp
    FROM amounts
),
combo_groups AS (
    SELECT c.*, k.grp
    FROM combos AS c
    JOIN group_keys AS k
        ON k.council = c.council AND k.financial_year = c.financial_year
        AND (k.set & 32 <> 0 OR k.service_component IS NOT DISTINCT FROM c.service_component)
        AND (k.set & 16 <> 0 OR k.provider_type IS NOT DISTINCT FROM c.provider_type)
        AND (k.set & 8 <> 0 OR k.primary_support_reason IS NOT DISTINCT FROM c.primary_support_reason)
        AND (k.set & 4 <> 0 OR k.age_band IS NOT DISTINCT FROM c.age_band)
        AND (k.set & 2 <> 0 OR k.provider_id IS NOT DISTINCT FROM c.provider_id)
        AND (k.set & 1 <> 0 OR k.support_setting IS NOT DISTINCT FROM c.support_setting)
),
-- each line once for each of its five groups; read twice, not kept (6.5 million rows at
-- scale 16)
members AS NOT MATERIALIZED (
    SELECT g.grp, f.person_key, f.event_id
    FROM fct_service_costs AS f
    JOIN combo_groups AS g
        ON g.council = f.council AND g.financial_year = f.financial_year
        AND g.service_component IS NOT DISTINCT FROM f.service_component
        AND g.provider_type IS NOT DISTINCT FROM f.provider_type
        AND g.primary_support_reason IS NOT DISTINCT FROM f.primary_support_reason
        AND g.age_band IS NOT DISTINCT FROM f.age_band
        AND g.provider_id IS NOT DISTINCT FROM f.provider_id
        AND g.support_setting IS NOT DISTINCT FROM f.support_setting
),
people AS (
    SELECT grp, count(*) AS people
    FROM (SELECT DISTINCT grp, person_key FROM members WHERE person_key IS NOT NULL)
    GROUP BY grp
),
placements AS (
    SELECT grp, count(*) AS placements
    FROM (SELECT DISTINCT grp, event_id FROM members WHERE event_id IS NOT NULL)
    GROUP BY grp
)
SELECT k.council, k.financial_year, k.breakdown, k.by_provider, k.spend, k.weekly_spend, k.weekly_days, k.days,
    coalesce(p.people, 0) AS people, coalesce(c.placements, 0) AS placements, k.costed_lines,
    k.minimum_per_week, k.median_per_week, k.mean_per_week,
    k.maximum_per_week, k.minimum_per_day, k.median_per_day, k.maximum_per_day
FROM group_keys AS k
LEFT JOIN people AS p ON p.grp = k.grp
LEFT JOIN placements AS c ON c.grp = k.grp;
