-- One council's savings delivered against its plans' targets: the latest month of each
-- savings year (plan_savings_delivered).
WITH chosen AS (SELECT CAST(? AS VARCHAR) AS council),
latest AS (
    SELECT s.*, max(s.month_end) OVER (PARTITION BY s.plan, s.financial_year) AS latest_month
    FROM plan_savings_delivered AS s
    JOIN chosen USING (council)
)
SELECT
    plan AS "Plan",
    financial_year AS "Year",
    month_end AS "As at",
    savings_delivered AS "Savings delivered",
    target_to_date AS "Target to date",
    year_target AS "Year's target",
    CASE WHEN on_track THEN 'On track' ELSE 'Behind' END AS "Against target"
FROM latest
WHERE month_end = latest_month
ORDER BY plan, financial_year
