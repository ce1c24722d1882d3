-- materialise: computed once a run, since several models read it
-- One row per council and person with the latest *known* value of each attribute, as
-- DHSC's person details table derives them (Create_personal_details_table.sql) from
-- every unique event: a known value beats Unknown, then the latest submission, the later
-- end (open first) and the later start win; if the rows tied at the top hold different
-- values the attribute is Unknown (accommodation 97-172, employment 450-503, primary
-- support reason 1022-1089; client funding 690-765, where only the three funding
-- statuses of the CLD list are known, and gender alike). A carer's support reason
-- ("Support to Carer") counts as not known. The five attributes share that one ranking,
-- found for each attribute as one number (person_rank), and the value of the rows whose
-- number is the person's highest kept (top_code, on each value's number).
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

-- A date as a day number that fits 24 bits and stays positive (days from 1970 + 2^23),
-- so that several dates and codes pack into one number that compares as they would.
CREATE OR REPLACE MACRO day_bits(day) AS day - DATE '1970-01-01' + 8388608;

-- A row's rank for one attribute as one number, highest first: whether the value is
-- known, then the submission's period end, the event's end (an open event as the latest),
-- then its start; each date in 24 bits of a HUGEINT (the contract requires the period end
-- and the start). One number compares in a plain
-- aggregate, where DHSC's ranking window over every row and attribute spilled to disk.
CREATE OR REPLACE MACRO person_rank(known, period_end, event_end, event_start) AS
    (CAST(CASE WHEN known THEN 1 ELSE 0 END AS HUGEINT) << 72)
    + (CAST(day_bits(period_end) AS HUGEINT) << 48)
    + (CAST(day_bits(coalesce(event_end, DATE '9999-01-01')) AS HUGEINT) << 24)
    + CAST(day_bits(event_start) AS HUGEINT);

-- A row's order for a person's birth month or date of death, lowest first: the latest
-- submission's rows, then the tie (a birth month's code, lowest first; a date of death's
-- days taken from 2^24, so the later first), in one BIGINT: a plain aggregate
-- (arg_min) over it spills to disk, where one over a struct of the values did not.
CREATE OR REPLACE MACRO latest_first(period_end, tie) AS
    (CAST(16777215 - day_bits(period_end) AS BIGINT) << 24) + tie;

-- The code of the value the rows ranked top hold, or NULL, read as Unknown, where they
-- hold different ones: DHSC's dense_rank() = 1 with count(DISTINCT value) > 1. The rank
-- and the code make one number, whose maximum is the top rows' highest code, and with the
-- code taken from 2^24, their lowest: one pass, no join back to the rows. Codes, not the
-- values: a million people's string states did not spill to disk and failed the publish
-- past a 512MB memory_limit; numbers do.
CREATE OR REPLACE MACRO top_code(code, row_rank) AS
    CASE
        WHEN max((row_rank << 24) + code) % 16777216 = 16777215 - max((row_rank << 24) + 16777215 - code) % 16777216
            THEN CAST(max((row_rank << 24) + code) % 16777216 AS INTEGER)
    END;

CREATE OR REPLACE VIEW internal.person_details AS
WITH attributes AS (
    SELECT council, person_key, reporting_period_end, event_start_date, event_end_date, birth_month,
        date_of_death,
        coalesce(employment_status, 'Unknown') AS employment_status,
        coalesce(primary_support_reason, 'Unknown') AS primary_support_reason,
        coalesce(client_funding_status, 'Unknown') AS client_funding_status,
        coalesce(gender, 'Unknown') AS gender,
        coalesce(accommodation_status, 'Unknown') AS accommodation_status
    FROM service_events
),
-- every value of the five attributes and every birth month, numbered in the order of the
-- values; read from service_events, not from attributes: read from attributes (even NOT
-- MATERIALIZED) the model failed under a 512MB memory_limit at scale 16, where this passes
codes AS (
    SELECT value, CAST(row_number() OVER (ORDER BY value) AS INTEGER) AS code
    FROM (
        SELECT DISTINCT unnest([coalesce(employment_status, 'Unknown'), coalesce(primary_support_reason, 'Unknown'),
            coalesce(client_funding_status, 'Unknown'), coalesce(gender, 'Unknown'),
            coalesce(accommodation_status, 'Unknown'), birth_month]) AS value
        FROM service_events)
),
ranked AS (
    SELECT a.*, employment.code AS employment_code, support_reason.code AS support_reason_code,
        funding.code AS funding_code, gender.code AS gender_code, accommodation.code AS accommodation_code,
        birth.code AS birth_code, latest_first(reporting_period_end, birth.code) AS birth_order,
        latest_first(reporting_period_end, 16777215 - day_bits(date_of_death)) AS death_order,
        person_rank(employment_status <> 'Unknown', reporting_period_end, event_end_date, event_start_date)
            AS employment_rank,
        person_rank(primary_support_reason NOT IN ('Unknown', 'Social Support: Support to Carer'),
            reporting_period_end, event_end_date, event_start_date) AS support_reason_rank,
        person_rank(client_funding_status IN ('Fully social care funded', 'Joint client and social care funded',
                'Fully client funded'),
            reporting_period_end, event_end_date, event_start_date) AS funding_rank,
        person_rank(gender <> 'Unknown', reporting_period_end, event_end_date, event_start_date) AS gender_rank,
        person_rank(accommodation_status <> 'Unknown', reporting_period_end, event_end_date, event_start_date)
            AS accommodation_rank
    FROM attributes AS a
    JOIN codes AS employment ON employment.value = a.employment_status
    JOIN codes AS support_reason ON support_reason.value = a.primary_support_reason
    JOIN codes AS funding ON funding.value = a.client_funding_status
    JOIN codes AS gender ON gender.value = a.gender
    JOIN codes AS accommodation ON accommodation.value = a.accommodation_status
    LEFT JOIN codes AS birth ON birth.value = a.birth_month
),
top_codes AS (
    SELECT council, person_key,
        top_code(employment_code, employment_rank) AS employment_code,
        top_code(support_reason_code, support_reason_rank) AS support_reason_code,
        top_code(funding_code, funding_rank) AS funding_code,
        top_code(gender_code, gender_rank) AS gender_code,
        top_code(accommodation_code, accommodation_rank) AS accommodation_code,
        arg_min(birth_code, birth_order) AS birth_code,
        arg_min(date_of_death, death_order) AS date_of_death
    FROM ranked
    GROUP BY council, person_key
),
known AS (
    SELECT t.council, t.person_key, birth.value AS birth_month, t.date_of_death,
        coalesce(employment.value, 'Unknown') AS employment_status,
        coalesce(support_reason.value, 'Unknown') AS primary_support_reason,
        coalesce(funding.value, 'Unknown') AS client_funding_status,
        coalesce(gender.value, 'Unknown') AS gender,
        coalesce(accommodation.value, 'Unknown') AS accommodation_status
    FROM top_codes AS t
    LEFT JOIN codes AS employment ON employment.code = t.employment_code
    LEFT JOIN codes AS support_reason ON support_reason.code = t.support_reason_code
    LEFT JOIN codes AS funding ON funding.code = t.funding_code
    LEFT JOIN codes AS gender ON gender.code = t.gender_code
    LEFT JOIN codes AS accommodation ON accommodation.code = t.accommodation_code
    LEFT JOIN codes AS birth ON birth.code = t.birth_code
),
latest_services AS (
    -- the top rows' service type and home component as numbers (type_rank, home_code):
    -- one when they agree, else none; numbers, since a million people's sets of strings
    -- would not spill to disk
    SELECT council, person_key,
        CASE WHEN min(type_rank) FILTER (WHERE type_rank < 99) = max(type_rank) FILTER (WHERE type_rank < 99)
            THEN min(type_rank) FILTER (WHERE type_rank < 99) END AS type_rank,
        CASE WHEN min(home_code) = max(home_code) THEN min(home_code) END AS home_code
    FROM (
        SELECT *, dense_rank() OVER (PARTITION BY council, person_key
                ORDER BY end_order DESC, type_rank, home_code IS NOT NULL DESC, event_start_date DESC) AS r
        FROM (
            SELECT council, person_key, event_start_date,
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
                CASE service_component
                    WHEN 'Shared Lives' THEN 1
                    WHEN 'Community Supported Living' THEN 2
                    WHEN 'Extra care housing' THEN 3
                    WHEN 'Home Support' THEN 4
                END AS home_code
            FROM service_events
            WHERE event_type = 'Service'))
    WHERE r = 1
    GROUP BY ALL
)
SELECT k.council, k.person_key, k.birth_month,
    CAST(strptime(k.birth_month || '-01', '%Y-%m-%d') AS DATE) AS birth_date,
    k.date_of_death, k.gender, k.employment_status, k.primary_support_reason, k.client_funding_status,
    CASE
        WHEN k.accommodation_status <> 'Unknown' THEN k.accommodation_status
        WHEN s.type_rank = 1 THEN 'Registered nursing home'
        WHEN s.type_rank = 2 THEN 'Registered care home'
        WHEN s.home_code = 1 THEN 'Shared Lives scheme'
        WHEN s.home_code = 3 THEN 'Sheltered housing / extra care housing / other sheltered housing'
        WHEN s.home_code = 2 THEN 'Supported accommodation / supported lodgings / supported group home'
        WHEN s.type_rank = 3 AND s.home_code = 4 THEN 'Unknown: Presumed at home'
        WHEN s.type_rank = 3 AND s.home_code IS NULL THEN 'Unknown: Presumed in community'
        WHEN s.type_rank = 4 THEN 'Prison / Young offenders institution / detention centre'
        ELSE 'Unknown'
    END AS accommodation_status
FROM known AS k
LEFT JOIN latest_services AS s USING (council, person_key);
