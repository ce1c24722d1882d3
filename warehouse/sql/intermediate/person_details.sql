-- materialise: computed once a run, since several models read it
-- One row per council and person with the latest *known* value of each attribute, as
-- DHSC's person details table derives them (Create_personal_details_table.sql) from
-- every unique event: a known value beats Unknown, then the latest submission, the later
-- end (open first) and the later start win; if the rows tied at the top hold different
-- values the attribute is Unknown (accommodation 97-172, employment 450-503, primary
-- support reason 1022-1089; client funding 690-765, where only the three funding
-- statuses of the CLD list are known, and gender alike). A carer's support reason
-- ("Support to Carer") counts as not known. The five attributes share that one ranking,
-- so they are unpivoted, ranked once and gathered back.
-- Accommodation still Unknown is read from the person's latest services (259-426): the
-- latest end (open first), then the highest service type (nursing, residential,
-- community, prison, then the short-term types), then a component that says where the
-- person lives, then the latest start; a care home gives the registered home, Shared
-- Lives, extra care housing and supported living their accommodation, home support in
-- the community "Unknown: Presumed at home", other community support "Unknown: Presumed
-- in community", prison the prison; the top services naming two different types or
-- components leave that part unknown.
-- Birth: a known birth month from the latest submission, the earliest if they differ
-- (784-800), as the first of that month; death: the latest submission's, the later if
-- they differ (826-851).
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.person_details AS
WITH ranked AS (
    SELECT council, person_key, reporting_period_end, event_start_date,
        coalesce(event_end_date, DATE '9999-01-01') AS end_order,
        coalesce(employment_status, 'Unknown') AS employment_status,
        coalesce(primary_support_reason, 'Unknown') AS primary_support_reason,
        coalesce(client_funding_status, 'Unknown') AS client_funding_status,
        coalesce(gender, 'Unknown') AS gender,
        coalesce(accommodation_status, 'Unknown') AS accommodation_status,
        birth_month, date_of_death
    FROM service_events
),
attributes AS (
    SELECT *,
        CASE attribute
            WHEN 'primary_support_reason' THEN value NOT IN ('Unknown', 'Social Support: Support to Carer')
            WHEN 'client_funding_status' THEN value IN ('Fully social care funded',
                'Joint client and social care funded', 'Fully client funded')
            ELSE value <> 'Unknown'
        END AS known
    FROM (UNPIVOT ranked
        ON employment_status, primary_support_reason, client_funding_status, gender, accommodation_status
        INTO NAME attribute VALUE value)
),
latest AS (
    SELECT council, person_key, attribute,
        CASE WHEN count(DISTINCT value) > 1 THEN 'Unknown' ELSE any_value(value) END AS value
    FROM (SELECT *, dense_rank() OVER (PARTITION BY council, person_key, attribute
            ORDER BY known DESC, reporting_period_end DESC, end_order DESC, event_start_date DESC) AS r
        FROM attributes)
    WHERE r = 1
    GROUP BY ALL
),
known AS (
    SELECT council, person_key,
        any_value(value) FILTER (WHERE attribute = 'employment_status') AS employment_status,
        any_value(value) FILTER (WHERE attribute = 'primary_support_reason') AS primary_support_reason,
        any_value(value) FILTER (WHERE attribute = 'client_funding_status') AS client_funding_status,
        any_value(value) FILTER (WHERE attribute = 'gender') AS gender,
        any_value(value) FILTER (WHERE attribute = 'accommodation_status') AS accommodation_status
    FROM latest
    GROUP BY ALL
),
latest_services AS (
    SELECT council, person_key,
        CASE WHEN count(DISTINCT service_type) FILTER (WHERE type_rank < 99) = 1
            THEN any_value(service_type) FILTER (WHERE type_rank < 99) END AS service_type,
        CASE WHEN count(DISTINCT service_component) FILTER (WHERE tells_home) = 1
            THEN any_value(service_component) FILTER (WHERE tells_home) END AS service_component
    FROM (
        SELECT *, dense_rank() OVER (PARTITION BY council, person_key
                ORDER BY end_order DESC, type_rank, tells_home DESC, event_start_date DESC) AS r
        FROM (
            SELECT council, person_key, service_type, service_component, event_start_date,
                coalesce(event_end_date, DATE '9999-01-01') AS end_order,
                CASE service_type
                    WHEN 'Long Term Support: Nursing Care' THEN 1
                    WHEN 'Long Term Support: Residential Care' THEN 2
                    WHEN 'Long Term Support: Community' THEN 3
                    WHEN 'Long Term Support: Prison' THEN 4
                    WHEN 'Short Term Support: ST-Max' THEN 5
                    WHEN 'Short Term Support: Ongoing Low Level' THEN 6
                    WHEN 'Short Term Support: Other Short Term' THEN 7
                    ELSE 99
                END AS type_rank,
                coalesce(service_component IN ('Shared Lives', 'Community Supported Living', 'Extra care housing',
                    'Home Support'), false) AS tells_home
            FROM service_events
            WHERE event_type = 'Service'))
    WHERE r = 1
    GROUP BY ALL
),
accommodation AS (
    SELECT k.council, k.person_key,
        CASE
            WHEN k.accommodation_status <> 'Unknown' THEN k.accommodation_status
            WHEN s.service_type = 'Long Term Support: Nursing Care' THEN 'Registered nursing home'
            WHEN s.service_type = 'Long Term Support: Residential Care' THEN 'Registered care home'
            WHEN s.service_component = 'Shared Lives' THEN 'Shared Lives scheme'
            WHEN s.service_component = 'Extra care housing'
                THEN 'Sheltered housing / extra care housing / other sheltered housing'
            WHEN s.service_component = 'Community Supported Living'
                THEN 'Supported accommodation / supported lodgings / supported group home'
            WHEN s.service_type = 'Long Term Support: Community' AND s.service_component = 'Home Support'
                THEN 'Unknown: Presumed at home'
            WHEN s.service_type = 'Long Term Support: Community' AND s.service_component IS NULL
                THEN 'Unknown: Presumed in community'
            WHEN s.service_type = 'Long Term Support: Prison'
                THEN 'Prison / Young offenders institution / detention centre'
            ELSE 'Unknown'
        END AS accommodation_status
    FROM known AS k
    LEFT JOIN latest_services AS s USING (council, person_key)
),
birth AS (
    SELECT council, person_key,
        arg_min(birth_month, (birth_month IS NULL, -epoch(reporting_period_end), birth_month)) AS birth_month
    FROM ranked GROUP BY ALL
),
death AS (
    SELECT council, person_key,
        arg_min(date_of_death, (date_of_death IS NULL, -epoch(reporting_period_end), -epoch(date_of_death)))
            AS date_of_death
    FROM ranked GROUP BY ALL
)
SELECT b.council, b.person_key, b.birth_month,
    CAST(strptime(b.birth_month || '-01', '%Y-%m-%d') AS DATE) AS birth_date,
    d.date_of_death, k.gender, k.employment_status, k.primary_support_reason, k.client_funding_status,
    a.accommodation_status
FROM birth AS b
JOIN death AS d USING (council, person_key)
JOIN known AS k USING (council, person_key)
JOIN accommodation AS a USING (council, person_key);
