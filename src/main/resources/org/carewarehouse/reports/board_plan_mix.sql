-- One council's commissioning plans against the actual mix of placements in the latest
-- financial year each plan has (plan_mix); a placement count of 1 to the suppression
-- threshold shows as [c], and so does its average cost.
WITH chosen AS (SELECT CAST(? AS VARCHAR) AS council),
latest AS (
    SELECT m.*, max(m.financial_year) OVER (PARTITION BY m.plan) AS latest_year
    FROM plan_mix AS m
    JOIN chosen USING (council)
)
SELECT
    plan AS "Plan",
    financial_year AS "Year",
    tier AS "Tier",
    published.shown_count(placements) AS "Placements",
    CAST(CAST(actual_share AS DECIMAL(9, 1)) AS VARCHAR) AS "Actual %",
    CAST(target_share AS VARCHAR) AS "Target %",
    CAST(CAST(share_gap AS DECIMAL(9, 1)) AS VARCHAR) AS "Gap (points)",
    CASE WHEN published.shown_count(placements) = '[c]' THEN '[c]'
        ELSE CAST(CAST(average_weekly_cost AS DECIMAL(18, 2)) AS VARCHAR) END AS "Average weekly cost"
FROM latest
WHERE financial_year = latest_year
ORDER BY plan, target_share DESC NULLS LAST, tier
