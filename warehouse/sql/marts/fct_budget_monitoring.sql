-- materialise: computed once a run, since several models read it
-- Budget monitoring: per council, financial year, cost centre (with its ASC-FR support setting
-- or children's placement type) and month end up to tonight's business date: the annual
-- budget and the budget to date, actual spend from the ledger in the month and to date,
-- the remaining commitment (each commitment line's weekly cost x its days after the month
-- end to the end of the year / 7, summed exactly over the lines and rounded once to the
-- penny, not the sum of months commitment_months rounds for payment matching), forecast
-- outturn = actual to date + remaining commitment, variance = forecast - annual budget,
-- variance % of the size of the budget (so an overspend is positive on an income budget
-- too), and whether the forecast is over budget by more than the tolerance
-- (care.warehouse.variance-tolerance-percent), compared exactly, not the rounded %; a
-- line with no budget and any forecast spend is over it. The ledger's year-end adjustment
-- periods 13-16 count in March (period 12), the year's outturn.
CREATE OR REPLACE VIEW fct_budget_monitoring AS
WITH amounts AS (
    SELECT council, financial_year, cost_centre, period, budget_amount AS budget, 0 AS actual, 0 AS committed
    FROM budgets
    UNION ALL
    SELECT council, financial_year, cost_centre, least(period, 12), 0, amount, 0 FROM ledger
    UNION ALL
    -- in sevenths of a pound, exact: weekly cost x days
    SELECT council, financial_year, cost_centre, period, 0, 0, weekly_cost * days FROM internal.commitment_months
),
monthly AS (
    SELECT council, financial_year, cost_centre, period,
        sum(budget) AS budget, sum(actual) AS actual, sum(committed) AS committed
    FROM amounts
    GROUP BY ALL
),
grid AS (
    SELECT l.council, l.financial_year, l.cost_centre, p.period, p.month_end,
        coalesce(m.budget, 0) AS budget, coalesce(m.actual, 0) AS actual, coalesce(m.committed, 0) AS committed
    FROM (SELECT DISTINCT council, financial_year, cost_centre FROM monthly) AS l
    JOIN dim_period AS p ON p.financial_year = l.financial_year
    LEFT JOIN monthly AS m ON m.council = l.council AND m.financial_year = l.financial_year
        AND m.cost_centre = l.cost_centre AND m.period = p.period
),
running AS (
    SELECT *,
        sum(budget) OVER year AS annual_budget,
        sum(budget) OVER to_date AS budget_to_date,
        sum(actual) OVER to_date AS actual_to_date,
        CAST(exact_ratio(sum(committed) OVER year - sum(committed) OVER to_date, 7, 1, 2) AS DECIMAL(18, 2))
            AS remaining_commitment
    FROM grid
    WINDOW year AS (PARTITION BY council, financial_year, cost_centre),
        to_date AS (PARTITION BY council, financial_year, cost_centre ORDER BY period
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
),
outturn AS (
    SELECT *,
        actual_to_date + remaining_commitment AS forecast,
        CASE WHEN annual_budget <> 0
            THEN exact_ratio(actual_to_date + remaining_commitment - annual_budget, abs(annual_budget), 100, 1)
        END AS variance_percent
    FROM running
)
SELECT
    o.council,
    o.financial_year,
    o.period AS as_at_period,
    o.month_end AS as_at_date,
    o.cost_centre,
    cc.cost_centre_name,
    coalesce(cc.support_setting, 'Unmapped') AS support_setting,
    cc.age_band,
    CAST(o.annual_budget AS DECIMAL(18, 2)) AS annual_budget,
    CAST(o.budget_to_date AS DECIMAL(18, 2)) AS budget_to_date,
    CAST(o.actual AS DECIMAL(18, 2)) AS actual_in_month,
    CAST(o.actual_to_date AS DECIMAL(18, 2)) AS actual_to_date,
    CAST(o.remaining_commitment AS DECIMAL(18, 2)) AS remaining_commitment,
    CAST(o.forecast AS DECIMAL(18, 2)) AS forecast_outturn,
    CAST(o.forecast - o.annual_budget AS DECIMAL(18, 2)) AS variance,
    o.variance_percent,
    CASE WHEN o.annual_budget <> 0
        THEN (o.forecast - o.annual_budget) * 100 > {{variance_tolerance}} * abs(o.annual_budget)
        ELSE o.forecast > 0
    END AS over_tolerance
FROM outturn AS o
LEFT JOIN cost_centres AS cc ON cc.council = o.council AND cc.cost_centre = o.cost_centre
WHERE o.month_end <= DATE '{{as_of}}';
