-- Adult social care events without the repeats that quarterly and yearly CLD
-- submissions carry. Event Reference is not a reliable key; an event is its council,
-- person, event type, start date, client type and (for services) service type and
-- component. The row from the latest reporting period wins, so a service open in one
-- submission and ended in a later one keeps its end date; rows identical on the
-- domain's key (which adds the end date) collapse too.
CREATE OR REPLACE VIEW service_events AS
SELECT * EXCLUDE (submission_rank)
FROM (
    SELECT
        *,
        row_number() OVER (
            PARTITION BY council, person_key, event_type, event_start_date, client_type,
                service_type, service_component
            ORDER BY reporting_period_end DESC, event_end_date DESC NULLS LAST, source_file, source_line
        ) AS submission_rank
    FROM services
)
WHERE submission_rank = 1;
