-- materialise: computed once a run, since several models read it
-- One row per DHSC unique event across all the latest submissions (GetUniqueEvents,
-- 'Joined', create_GetUniqueEvents_procedure.sql 82-93): the row of the latest reporting
-- period, then an open end before a closed one and the later end, then the outcome
-- highest in the CLD hierarchy (warehouse/reference/event-outcomes.csv), then the
-- latest record. Every adult measure reads this view. event_end_date is the derived end
-- (death, services vanished from the next submission), end_date_raw the submitted one.
-- Costs read service_lines, which keeps double-up care as two rows.
-- unique: council, person_key, event_type, event_start_date, client_type, service_type, service_component
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.service_events AS
-- the row each event keeps, found by one aggregate over the columns that order its rows
-- (all descending but the hierarchy, so it is negated), then the rows read again: a
-- window carried every column of every row through its sort. A row is named by its
-- file and line, so there are no ties.
WITH chosen AS (
    SELECT e.council,
        arg_max({'file': e.source_file, 'line': e.source_line},
            {'period_end': e.reporting_period_end,
             'end_date': coalesce(e.event_end_date, DATE '9999-01-01'),
             'hierarchy': -coalesce(o.hierarchy, 999),
             'file': e.source_file,
             'line': e.source_line}) AS chosen_row
    FROM cld_event_rows AS e
    LEFT JOIN dim_event_outcome AS o ON o.event_outcome = e.event_outcome
    GROUP BY e.council, e.event_id
)
SELECT e.*
FROM cld_event_rows AS e
SEMI JOIN chosen AS c
    ON c.council = e.council AND c.chosen_row.file = e.source_file AND c.chosen_row.line = e.source_line;
