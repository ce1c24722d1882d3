-- materialise: computed once a run, since several models read it
-- Service rows of each submission as DHSC keeps them for costs (GetUniqueEvents,
-- 'Single', create_GetUniqueEvents_procedure.sql 62-79): within one submission a unique
-- event keeps one row for each delivery mechanism, unit cost, cost frequency and planned
-- units, so double-up care (two carers on one package) stays two rows; within those,
-- an open end first, then the later end, the outcome highest in the hierarchy and the
-- latest record.
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.service_lines AS
-- the row each line keeps, ranked on the columns that order its rows, then the rows read
-- again (as service_events finds its rows)
WITH chosen AS (
    SELECT e.council, e.source_file, e.source_line, e.event_id, e.end_date_raw, e.event_end_date,
        e.closed_at_period_end
    FROM cld_event_rows AS e
    LEFT JOIN dim_event_outcome AS o ON o.event_outcome = e.event_outcome
    WHERE e.event_type = 'Service'
    QUALIFY row_number() OVER (
            PARTITION BY e.council, e.reporting_period_start, e.reporting_period_end, e.event_id,
                e.delivery_mechanism, e.unit_cost, e.cost_frequency, e.planned_units_per_week
            ORDER BY coalesce(e.event_end_date, DATE '9999-01-01') DESC, coalesce(o.hierarchy, 999),
                e.source_file DESC, e.source_line DESC) = 1
)
SELECT s.* EXCLUDE (event_end_date), c.event_id, c.end_date_raw, c.event_end_date, c.closed_at_period_end
FROM cld_submission_rows AS s
JOIN chosen AS c
    ON c.council = s.council AND c.source_file = s.source_file AND c.source_line = s.source_line;
