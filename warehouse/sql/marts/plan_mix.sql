-- materialise: computed once a run, since the board report reads it for every council
-- A plan's actual mix against its targets, per council, plan, financial year (each year
-- the council submitted services for) and tier: placements open on any day of the year,
-- their share of the plan's placements that year beside the tier's target share, and
-- their weekly cost (DHSC's) and average weekly cost. 'Outside the plan' has no target.
-- unique: council, plan, financial_year, tier
-- references: council -> dim_council.council
CREATE OR REPLACE VIEW plan_mix AS
WITH targets AS (
    SELECT council, plan, tier, max(target_share) AS target_share
    FROM plan_tiers
    GROUP BY ALL
),
open_in_year AS (
    SELECT y.financial_year, p.*
    FROM plan_placements AS p
    JOIN internal.service_years AS y ON y.council = p.council
    WHERE p.start_date <= y.end_date AND coalesce(p.end_date, y.end_date) >= y.start_date
),
tiers AS (
    SELECT DISTINCT o.council, o.plan, o.financial_year, t.tier
    FROM open_in_year AS o
    JOIN (SELECT council, plan, tier FROM targets UNION SELECT DISTINCT council, plan, 'Outside the plan' FROM targets)
        AS t ON t.council = o.council AND t.plan = o.plan
),
actual AS (
    SELECT council, plan, financial_year, tier, count(*) AS placements, sum(cost_per_week) AS weekly_cost
    FROM open_in_year
    GROUP BY ALL
)
SELECT
    t.council,
    t.plan,
    t.financial_year,
    t.tier,
    coalesce(a.placements, 0) AS placements,
    exact_ratio(coalesce(a.placements, 0), sum(coalesce(a.placements, 0)) OVER (
        PARTITION BY t.council, t.plan, t.financial_year), 100, 1) AS actual_share,
    g.target_share,
    exact_ratio(coalesce(a.placements, 0), sum(coalesce(a.placements, 0)) OVER (
        PARTITION BY t.council, t.plan, t.financial_year), 100, 1) - g.target_share AS share_gap,
    CAST(coalesce(a.weekly_cost, 0) AS DECIMAL(18, 2)) AS weekly_cost,
    exact_ratio(a.weekly_cost, a.placements, 1, 2) AS average_weekly_cost
FROM tiers AS t
LEFT JOIN actual AS a USING (council, plan, financial_year, tier)
LEFT JOIN targets AS g USING (council, plan, tier);
