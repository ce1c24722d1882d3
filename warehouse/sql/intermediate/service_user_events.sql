-- materialise: computed once a run, since several models read it
-- The unique events of service users that the reablement measures read, as DHSC's 2A and
-- 2D builds select them: client type Service User, an end on or after the start or no end
-- (Create_ASCOF_2A_2425_Onwards.sql 57-64, Create_ASCOF_2D.sql 81-87). Each carries its
-- Release 2 outcome label (NULL or unmapped: 'Invalid and not mapped') and
-- 2A's outcome rank (82-95): the CLD hierarchy, plus 100 for outcomes that say nothing
-- about what followed ("Progress to ...", "Continuation of support or services", not
-- mapped), 999 when unmapped; below 100 is a usable outcome. record_order stands in for
-- DHSC's Der_unique_record_id in tie-breaks.
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.service_user_events AS
SELECT e.council, e.person_key, e.event_type, e.event_start_date, e.event_end_date, e.service_type,
    e.service_component, e.route_of_access, e.event_outcome,
    coalesce(o.release_2, 'Invalid and not mapped') AS outcome_release_2,
    CASE
        WHEN o.hierarchy IS NULL THEN 999
        WHEN o.release_2 IN ('Continuation of support or services', 'Progress to support planning or services',
                'Progress to assessment, review or reassessment', 'Progress to reablement/ST-Max')
            THEN o.hierarchy + 100
        ELSE o.hierarchy
    END AS outcome_rank,
    row_number() OVER (PARTITION BY e.council ORDER BY e.source_file, e.source_line) AS record_order
FROM service_events AS e
LEFT JOIN dim_event_outcome AS o ON o.event_outcome = e.event_outcome
WHERE e.client_type = 'Service User'
  AND (e.event_end_date >= e.event_start_date OR e.event_end_date IS NULL);
