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
-- the row each event keeps, ranked on the few columns that order its rows and named by
-- its file and line (so there are no ties), then the whole rows read again from
-- cld_submission_rows with the event and derived end cld_event_rows gave them: a window
-- over whole rows carried every column through its sort
WITH chosen AS (
    SELECT e.council, e.source_file, e.source_line, e.event_id, e.end_date_raw, e.event_end_date,
        e.closed_at_period_end
    FROM cld_event_rows AS e
    LEFT JOIN dim_event_outcome AS o ON o.event_outcome = e.event_outcome
    QUALIFY row_number() OVER (
            PARTITION BY e.council, e.event_id
            ORDER BY e.reporting_period_end DESC, coalesce(e.event_end_date, DATE '9999-01-01') DESC,
                coalesce(o.hierarchy, 999), e.source_file DESC, e.source_line DESC) = 1
)
SELECT s.* EXCLUDE (event_end_date), c.event_id, c.end_date_raw, c.event_end_date, c.closed_at_period_end
FROM cld_submission_rows AS s
JOIN chosen AS c
    ON c.council = s.council AND c.source_file = s.source_file AND c.source_line = s.source_line;
