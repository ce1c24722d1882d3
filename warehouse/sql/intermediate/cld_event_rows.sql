-- materialise: computed once a run, since several models read it
-- Every row of the latest submissions that falls in its reporting period, named by its
-- file and line, with the derived end date and the DHSC unique event it belongs to; the
-- first two steps DHSC's pipeline takes before any measure.
-- - Death (FilterToEventsInPeriod 39-45): an event spanning the date of death, or open
--   after it, ends on the date of death; end_date_raw keeps the submitted end.
-- - In period (FilterToEventsInPeriod 49-61): services running at any point of the
--   period, other events ending in it; nothing for a person who died before the period
--   or before the event started.
-- - Unique event (GetDerivedFields 54-66): council, person, event type, start date,
--   client type; for services also service type and component; for other events also
--   the derived end date, and route of access (requests) or assessment type
--   (assessments). event_id numbers them per council.
-- - Closing (GetDerivedFields 132-180): a service still open at the end of a period
--   that is not the council's last, whose unique event is absent from the period that
--   starts the next day, ends at the period end (closed_at_period_end).
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.cld_event_rows AS
-- narrow: each row's file and line, its event and derived end, and the few columns that
-- service_events and service_lines order by; they read the rest of the row again from
-- cld_submission_rows (writing every column of every row took a third of this model's
-- time)
WITH dated AS NOT MATERIALIZED (
    SELECT *,
        CASE
            WHEN date_of_death BETWEEN event_start_date AND event_end_date
                OR (date_of_death > event_start_date AND event_end_date IS NULL) THEN date_of_death
            ELSE event_end_date
        END AS derived_end_date
    FROM cld_submission_rows
),
in_period_rows AS NOT MATERIALIZED (
    SELECT *
    FROM dated
    WHERE ((event_type <> 'Service'
                AND derived_end_date BETWEEN reporting_period_start AND reporting_period_end
                AND event_start_date <= reporting_period_end)
            OR (event_type = 'Service'
                AND (derived_end_date >= reporting_period_start OR derived_end_date IS NULL)
                AND event_start_date <= reporting_period_end))
        AND (date_of_death IS NULL
            OR (date_of_death >= reporting_period_start AND date_of_death >= event_start_date))
),
-- numbered in the one pass that reads the rows, carrying only the columns the closing
-- rule and the models after it read (numbering the rows' identities and joining the
-- numbers back read every row three times)
numbered AS MATERIALIZED (
    SELECT council, source_file, source_line, reporting_period_start, reporting_period_end,
        event_type, event_outcome, delivery_mechanism, unit_cost, cost_frequency,
        planned_units_per_week, event_end_date, derived_end_date,
        dense_rank() OVER (
            PARTITION BY council
            ORDER BY event_start_date,
                CASE WHEN event_type <> 'Service' THEN derived_end_date END,
                client_type, person_key, event_type,
                CASE WHEN event_type = 'Request' THEN route_of_access END,
                CASE WHEN event_type = 'Assessment' THEN assessment_type END,
                CASE WHEN event_type = 'Service' THEN service_type END,
                CASE WHEN event_type = 'Service' THEN service_component END) AS event_id
    FROM in_period_rows
),
last_period AS (
    SELECT council, max(reporting_period_start) AS last_start FROM numbered GROUP BY council
),
vanished AS (
    SELECT p.council, p.source_file, p.source_line
    FROM numbered AS p
    JOIN last_period AS l ON l.council = p.council
    WHERE p.event_type = 'Service'
      AND p.reporting_period_start < l.last_start
      AND (p.derived_end_date IS NULL OR p.derived_end_date > p.reporting_period_end)
      AND NOT EXISTS (
          SELECT 1 FROM numbered AS n
          WHERE n.council = p.council AND n.event_id = p.event_id
            AND n.reporting_period_start = p.reporting_period_end + 1)
)
SELECT p.council, p.source_file, p.source_line, p.reporting_period_start, p.reporting_period_end,
    p.event_type, p.event_outcome, p.delivery_mechanism, p.unit_cost, p.cost_frequency,
    p.planned_units_per_week, p.event_id,
    p.event_end_date AS end_date_raw,
    CASE WHEN v.source_line IS NOT NULL THEN p.reporting_period_end ELSE p.derived_end_date END AS event_end_date,
    v.source_line IS NOT NULL AS closed_at_period_end
FROM numbered AS p
LEFT JOIN vanished AS v USING (council, source_file, source_line);
