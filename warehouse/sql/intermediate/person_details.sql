-- One row per council and person with the latest *known* value of each attribute, as
-- DHSC's person details table derives them (Create_personal_details_table.sql) from
-- every unique event: a known value beats Unknown, then the latest submission, the later
-- end (open first) and the later start win; if the rows tied at the top hold different
-- known values the attribute is Unknown (employment 450-503, primary support reason
-- 1022-1089; client funding 690-765, where only the three funding statuses of the CLD
-- list are known, and gender alike). A carer's support reason ("Support to
-- Carer") counts as not known. Birth: a known birth month from the latest submission,
-- the earliest if they differ (784-800), as the first of that month; death: the latest
-- submission's, the later if they differ (826-851).
CREATE OR REPLACE VIEW person_details AS
WITH ranked AS (
    SELECT council, person_key, reporting_period_end, event_start_date,
        coalesce(event_end_date, DATE '9999-01-01') AS end_order,
        coalesce(employment_status, 'Unknown') AS employment_status,
        coalesce(primary_support_reason, 'Unknown') AS primary_support_reason,
        coalesce(client_funding_status, 'Unknown') AS client_funding_status,
        coalesce(gender, 'Unknown') AS gender,
        birth_month, date_of_death
    FROM service_events
),
employment AS (
    SELECT council, person_key,
        CASE WHEN count(DISTINCT employment_status) > 1 THEN 'Unknown' ELSE any_value(employment_status) END
            AS employment_status
    FROM (SELECT *, dense_rank() OVER (PARTITION BY council, person_key
            ORDER BY employment_status <> 'Unknown' DESC, reporting_period_end DESC, end_order DESC,
                event_start_date DESC) AS r FROM ranked)
    WHERE r = 1 GROUP BY ALL
),
support_reason AS (
    SELECT council, person_key,
        CASE WHEN count(DISTINCT primary_support_reason) > 1 THEN 'Unknown' ELSE any_value(primary_support_reason) END
            AS primary_support_reason
    FROM (SELECT *, dense_rank() OVER (PARTITION BY council, person_key
            ORDER BY primary_support_reason NOT IN ('Unknown', 'Social Support: Support to Carer') DESC,
                reporting_period_end DESC, end_order DESC, event_start_date DESC) AS r FROM ranked)
    WHERE r = 1 GROUP BY ALL
),
funding AS (
    SELECT council, person_key,
        CASE WHEN count(DISTINCT client_funding_status) > 1 THEN 'Unknown' ELSE any_value(client_funding_status) END
            AS client_funding_status
    FROM (SELECT *, dense_rank() OVER (PARTITION BY council, person_key
            ORDER BY client_funding_status IN ('Fully social care funded', 'Joint client and social care funded',
                    'Fully client funded') DESC, reporting_period_end DESC, end_order DESC,
                event_start_date DESC) AS r FROM ranked)
    WHERE r = 1 GROUP BY ALL
),
sex AS (
    SELECT council, person_key,
        CASE WHEN count(DISTINCT gender) > 1 THEN 'Unknown' ELSE any_value(gender) END AS gender
    FROM (SELECT *, dense_rank() OVER (PARTITION BY council, person_key
            ORDER BY gender <> 'Unknown' DESC, reporting_period_end DESC, end_order DESC,
                event_start_date DESC) AS r FROM ranked)
    WHERE r = 1 GROUP BY ALL
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
    d.date_of_death, s.gender, e.employment_status, r.primary_support_reason, f.client_funding_status
FROM birth AS b
JOIN death AS d USING (council, person_key)
JOIN sex AS s USING (council, person_key)
JOIN employment AS e USING (council, person_key)
JOIN support_reason AS r USING (council, person_key)
JOIN funding AS f USING (council, person_key);
