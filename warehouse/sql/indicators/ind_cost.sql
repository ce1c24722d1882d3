-- Cost per week, cost per day, spend per person and spend per placement from the services
-- feed (fct_service_costs: DHSC's rules, clipped to the year), by the breakdowns of
-- service_cost_lines (the support setting ones to set beside COST-LEDGER-WEEK).
-- Cost per week = spend / days x 7; cost per day = spend / days.
CREATE OR REPLACE VIEW ind_cost AS
SELECT 'COST-WEEK' AS indicator_id, council, financial_year, breakdown, spend AS numerator, days AS denominator
FROM service_cost_lines
UNION ALL
SELECT 'COST-DAY', council, financial_year, breakdown, spend, days FROM service_cost_lines
UNION ALL
SELECT 'COST-PERSON', council, financial_year, breakdown, spend, people FROM service_cost_lines
UNION ALL
SELECT 'COST-PLACEMENT', council, financial_year, breakdown, spend, placements FROM service_cost_lines;
