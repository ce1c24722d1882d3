-- materialise: computed alone, then read by indicator_values
-- Cost per week, cost per day, spend per person and spend per placement from the services
-- feed (DHSC 6.Costs_fact.sql 43-113 through fct_service_costs, costed for the year), by
-- the breakdowns of service_cost_lines (the support setting ones to set beside
-- COST-LEDGER-WEEK). Cost per week = spend / days x 7 and cost per day = spend / days,
-- over the lines with a weekly cost; spend per person and per placement divide all the
-- spend, one-off costs included, by the people and placements of every service in the
-- breakdown, costed or not (2.Services_fact.sql).
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.ind_cost AS
SELECT 'COST-WEEK' AS indicator_id, council, financial_year, breakdown, weekly_spend AS numerator,
    weekly_days AS denominator
FROM service_cost_lines
UNION ALL
SELECT 'COST-DAY', council, financial_year, breakdown, weekly_spend, weekly_days FROM service_cost_lines
UNION ALL
SELECT 'COST-PERSON', council, financial_year, breakdown, spend, people FROM service_cost_lines
UNION ALL
SELECT 'COST-PLACEMENT', council, financial_year, breakdown, spend, placements FROM service_cost_lines;
