-- The lines finance must explain: for each council and financial year, at the latest
-- month end loaded, every cost centre whose forecast outturn exceeds its budget by more
-- than the tolerance, named and described in a sentence for a board paper.
CREATE OR REPLACE VIEW budget_alerts AS
SELECT council, financial_year, as_at_date, cost_centre, cost_centre_name, service_line, annual_budget,
    forecast_outturn, variance, variance_percent,
    printf('%s (%s): forecast outturn %s against a budget of %s, an overspend of %s (%s%%) as at %s',
        coalesce(cost_centre_name, service_line), cost_centre, format('{:,.2f}', forecast_outturn),
        format('{:,.2f}', annual_budget), format('{:,.2f}', variance), CAST(CAST(variance_percent AS DECIMAL(18, 1)) AS VARCHAR),
        strftime(as_at_date, '%-d %B %Y')) AS summary
FROM budget_monitoring
WHERE over_tolerance
QUALIFY as_at_period = max(as_at_period) OVER (PARTITION BY council, financial_year);
