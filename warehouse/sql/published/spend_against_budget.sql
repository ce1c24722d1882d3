-- Spend against budget per council, financial year and service (the cost-centre map's
-- ASC-FR service line or children's placement type), at the latest month end of each
-- year up to the business date (budget_monitoring): annual budget, actual to date,
-- remaining commitment, forecast outturn, variance and variance % (of the size of the
-- budget, so an overspend is positive on an income budget too). Cost centres, the
-- council's own codes, are summed away.
CREATE SCHEMA IF NOT EXISTS published;

CREATE OR REPLACE VIEW published.spend_against_budget AS
WITH latest AS (
    SELECT council, financial_year, max(as_at_period) AS as_at_period
    FROM budget_monitoring
    GROUP BY ALL
),
by_service AS (
    SELECT b.council, b.financial_year, b.as_at_date, b.support_setting AS service,
        sum(b.annual_budget) AS annual_budget,
        sum(b.actual_to_date) AS actual_to_date,
        sum(b.remaining_commitment) AS remaining_commitment,
        sum(b.forecast_outturn) AS forecast_outturn
    FROM budget_monitoring AS b
    JOIN latest AS l USING (council, financial_year, as_at_period)
    GROUP BY ALL
)
SELECT council, financial_year, as_at_date, service,
    CAST(annual_budget AS DECIMAL(18, 2)) AS annual_budget,
    CAST(actual_to_date AS DECIMAL(18, 2)) AS actual_to_date,
    CAST(remaining_commitment AS DECIMAL(18, 2)) AS remaining_commitment,
    CAST(forecast_outturn AS DECIMAL(18, 2)) AS forecast_outturn,
    CAST(forecast_outturn - annual_budget AS DECIMAL(18, 2)) AS variance,
    exact_ratio(forecast_outturn - annual_budget, abs(annual_budget), 100, 1) AS variance_percent
FROM by_service;
