-- The weekly and daily cost of each unique service event (DHSC 6.Costs_fact.sql 49-67 and
-- 89-93), from the lines of the submission service_events took it from: double-up care
-- (two carers, two lines, GetUniqueEvents 'Single') costs the sum of its lines, summed
-- exact and rounded once (COST rounds no line). NULL when no line is costed, or the cost
-- is one-off.
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.service_event_costs AS
SELECT e.council, e.event_id,
    pounds_of_364ths(sum(weekly_cost_364ths(l.unit_cost, l.cost_frequency, l.planned_units_per_week, 7)))
        AS cost_per_week,
    pounds_of_364ths(sum(weekly_cost_364ths(l.unit_cost, l.cost_frequency, l.planned_units_per_week, 1)))
        AS cost_per_day
FROM service_events AS e
JOIN service_lines AS l ON l.council = e.council AND l.event_id = e.event_id
    AND l.reporting_period_start = e.reporting_period_start AND l.reporting_period_end = e.reporting_period_end
WHERE e.event_type = 'Service'
GROUP BY e.council, e.event_id;
