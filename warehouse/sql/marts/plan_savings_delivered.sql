-- materialise: computed once a run, since the board report reads it for every council
-- Savings delivered against a plan's targets at each month end of its savings years, up
-- to the business date. Method: the plan's placements open on the baseline date, their
-- weekly cost (DHSC's) x 52 is the baseline annual cost; the same at the month end is
-- the run-rate; delivered = baseline - run-rate (a full year's effect of the changes so
-- far). The target by a month end is every earlier year's target plus this year's pro
-- rata to the period (each year's target being its own, the contract's reading).
-- unique: council, plan, financial_year, period
-- references: council -> dim_council.council
CREATE OR REPLACE VIEW plan_savings_delivered AS
WITH years AS (
    SELECT s.*,
        sum(s.target_savings) OVER (PARTITION BY s.council, s.plan ORDER BY s.financial_year) AS target_to_year_end
    FROM plan_savings AS s
),
months AS (
    SELECT y.*, p.period, p.month_end
    FROM years AS y
    JOIN dim_period AS p ON p.financial_year = y.financial_year
    WHERE p.month_end <= DATE '{{as_of}}'
),
run_rates AS (
    SELECT m.council, m.plan, m.financial_year, m.period,
        sum(CASE WHEN pl.start_date <= m.baseline_date AND coalesce(pl.end_date, m.baseline_date) >= m.baseline_date
            THEN pl.cost_per_week ELSE 0 END) * 52 AS baseline_annual_cost,
        sum(CASE WHEN pl.start_date <= m.month_end AND coalesce(pl.end_date, m.month_end) >= m.month_end
            THEN pl.cost_per_week ELSE 0 END) * 52 AS month_end_annual_cost
    FROM months AS m
    LEFT JOIN plan_placements AS pl ON pl.council = m.council AND pl.plan = m.plan
    GROUP BY ALL
)
SELECT
    m.council,
    m.plan,
    m.service_component,
    m.financial_year,
    m.period,
    m.month_end,
    m.baseline_date,
    CAST(coalesce(r.baseline_annual_cost, 0) AS DECIMAL(18, 2)) AS baseline_annual_cost,
    CAST(coalesce(r.month_end_annual_cost, 0) AS DECIMAL(18, 2)) AS month_end_annual_cost,
    CAST(coalesce(r.baseline_annual_cost, 0) - coalesce(r.month_end_annual_cost, 0) AS DECIMAL(18, 2))
        AS savings_delivered,
    m.target_savings AS year_target,
    CAST(m.target_to_year_end AS DECIMAL(18, 2)) AS target_to_year_end,
    CAST(m.target_to_year_end - m.target_savings + exact_ratio(m.target_savings * m.period, 12, 1, 2)
        AS DECIMAL(18, 2)) AS target_to_date,
    coalesce(r.baseline_annual_cost, 0) - coalesce(r.month_end_annual_cost, 0)
        >= m.target_to_year_end - m.target_savings + exact_ratio(m.target_savings * m.period, 12, 1, 2) AS on_track
FROM months AS m
LEFT JOIN run_rates AS r USING (council, plan, financial_year, period);
