-- materialise: computed once a run, since several models read it
-- What followed each reablement (ST-Max) cluster of a new client ending in the year, as
-- DHSC's ASCOF 2A code decides it (Create_ASCOF_2A_2425_Onwards.sql); one row per cluster,
-- with the sequel type and final outcome its disaggregated output shows (944-1006).
-- - Clusters (reablement_clusters, scope 'ST-Max') ending in the year (242-249) of people
--   18+ at the cluster end or of unknown age, not dead before the cluster start (287-290).
-- - The person's other events: every service-user event except the cluster's own ST-Max
--   episodes (271-305).
-- - New clients (309-363): no long-term support starting before the cluster and still
--   open, or ended fewer than {{new_client_days}} days before the cluster start.
-- - Sequel, the first that applies (395-937):
--   1 death on or before {{sequel_days}} days after the cluster end (NFA: Deceased);
--   2 the cluster's outcome is Admitted to hospital;
--   3 a service starting on or after the cluster start, running past its end and starting
--     at most {{sequel_days}} days after it (events from the first later ST-Max on are
--     ignored, 494-520): the highest-ranked service type, a short-term residential or
--     nursing stay first within a type (523-598);
--   4 the best-ranked usable outcome (rank below 100) of: the cluster, when no event
--     follows it (4a, 626-643); the following non-service events not ended "as planned",
--     with the cluster's own (4a/4b, 650-665, 729-755); the latest assessment or review
--     ending inside the cluster fewer than 14 days before its end (4c, 668-720);
--   5 equipment provided inside the cluster: Short term support: Ongoing low level
--     (874-915);
--   6 otherwise the cluster's own outcome, usually "unable to classify" (917-929).
-- - Numerator and denominator lists (963-995); self-funded, support declined, NHS-funded,
--   deceased, admitted to hospital and unable to classify are in neither.
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.stm_sequels AS
WITH clusters AS (
    SELECT c.council, c.person_key, c.cluster_no, y.financial_year, c.start_date, c.end_date,
        c.outcome_release_2, c.outcome_rank, p.date_of_death,
        CASE
            WHEN p.birth_date IS NULL THEN 'Unknown'
            WHEN cld_age(p.birth_date, c.end_date) >= 65 THEN '65+'
            ELSE '18-64'
        END AS age_band
    FROM reablement_clusters AS c
    JOIN service_years AS y ON y.council = c.council AND c.end_date BETWEEN y.start_date AND y.end_date
    LEFT JOIN person_details AS p ON p.council = c.council AND p.person_key = c.person_key
    WHERE c.scope = 'ST-Max'
      AND (cld_age(p.birth_date, c.end_date) >= 18 OR p.birth_date IS NULL)
      AND (p.date_of_death >= c.start_date OR p.date_of_death IS NULL)
),
joined AS (
    SELECT c.council, c.person_key, c.cluster_no, c.start_date AS cluster_start, c.end_date AS cluster_end,
        e.event_type, e.event_start_date AS start_date, coalesce(e.event_end_date, DATE '9999-01-01') AS end_date,
        e.service_type, e.service_component, e.outcome_release_2, e.outcome_rank, e.record_order
    FROM clusters AS c
    JOIN service_user_events AS e ON e.council = c.council AND e.person_key = c.person_key
    WHERE NOT (e.event_type = 'Service' AND e.service_type = 'Short Term Support: ST-Max'
        AND e.event_start_date BETWEEN c.start_date AND c.end_date)
),
new_clients AS (
    SELECT c.*
    FROM clusters AS c
    WHERE NOT EXISTS (
        SELECT 1 FROM joined AS j
        WHERE j.council = c.council AND j.person_key = c.person_key AND j.cluster_no = c.cluster_no
          AND j.service_type LIKE 'Long Term Support:%'
          AND j.start_date < j.cluster_start
          AND date_diff('day', j.end_date, j.cluster_start) < {{new_client_days}})
),
in_window AS (
    SELECT *, dense_rank() OVER (PARTITION BY council, person_key, cluster_no ORDER BY start_date) AS start_rank
    FROM joined
    WHERE start_date >= cluster_start AND end_date > cluster_end
      AND date_diff('day', cluster_end, start_date) <= {{sequel_days}}
),
following AS (
    SELECT w.*
    FROM in_window AS w
    WHERE w.start_rank < coalesce((
        SELECT min(s.start_rank) FROM in_window AS s
        WHERE s.council = w.council AND s.person_key = w.person_key AND s.cluster_no = w.cluster_no
          AND s.service_type = 'Short Term Support: ST-Max'), 2147483647)
),
service_ranks (service_type, sequel, service_rank) AS (
    VALUES ('Long Term Support: Nursing Care', 'Long term support: Nursing care', 1),
        ('Long Term Support: Residential Care', 'Long term support: Residential care', 2),
        ('Long Term Support: Community', 'Long term support: Community', 3),
        ('Long Term Support: Prison', 'Long term support: Prison', 4),
        ('Short Term Support: ST-Max', 'Short term support: ST-Max', 5),
        ('Short Term Support: Ongoing Low Level', 'Short term support: Ongoing low level', 6),
        ('Short Term Support: Other Short Term', 'Short term support: Other short term', 7)
),
top_service AS (
    SELECT f.council, f.person_key, f.cluster_no,
        arg_min(CASE
                WHEN f.service_type = 'Short Term Support: Other Short Term'
                    AND f.service_component IN ('Short Term Residential Care', 'Short Term Nursing Care')
                    THEN 'Short term support: Residential or Nursing care'
                ELSE r.sequel
            END,
            r.service_rank * 10
                + CASE WHEN f.service_component IN ('Short Term Residential Care', 'Short Term Nursing Care')
                    THEN 1 ELSE 2 END) AS sequel
    FROM following AS f
    JOIN service_ranks AS r ON r.service_type = f.service_type
    GROUP BY ALL
),
nested AS (
    SELECT *
    FROM joined
    WHERE start_date >= cluster_start AND end_date > cluster_start AND end_date <= cluster_end
),
nested_review AS (
    SELECT council, person_key, cluster_no, outcome_rank
    FROM (
        SELECT *, row_number() OVER (PARTITION BY council, person_key, cluster_no
            ORDER BY end_date DESC, outcome_rank, record_order DESC) AS from_last
        FROM nested
        WHERE event_type IN ('Assessment', 'Review')
          AND date_diff('day', end_date, cluster_end) < 14
          AND outcome_rank < 100)
    WHERE from_last = 1
),
outcome_candidates AS (
    SELECT c.council, c.person_key, c.cluster_no, c.outcome_rank, 1 AS source
    FROM new_clients AS c
    WHERE c.outcome_rank < 100
      AND NOT EXISTS (
          SELECT 1 FROM following AS f
          WHERE f.council = c.council AND f.person_key = c.person_key AND f.cluster_no = c.cluster_no)
    UNION ALL
    SELECT c.council, c.person_key, c.cluster_no, s.outcome_rank, s.source
    FROM new_clients AS c
    JOIN following AS f ON f.council = c.council AND f.person_key = c.person_key AND f.cluster_no = c.cluster_no
    CROSS JOIN LATERAL (VALUES (c.outcome_rank, 1), (f.outcome_rank, 2)) AS s(outcome_rank, source)
    WHERE f.event_type <> 'Service'
      AND f.outcome_release_2 <> 'NFA: Support ended as planned'
      AND (c.outcome_rank < 100 OR f.outcome_rank < 100)
      AND (s.source = 1 OR f.outcome_rank < 100)
    UNION ALL
    SELECT council, person_key, cluster_no, outcome_rank, 3 AS source
    FROM nested_review
),
best_outcome AS (
    SELECT council, person_key, cluster_no, min(outcome_rank) AS outcome_rank,
        arg_min(source, outcome_rank * 10 + source) AS source
    FROM outcome_candidates
    GROUP BY ALL
),
sequels AS (
    SELECT c.*,
        CASE
            WHEN date_diff('day', c.end_date, c.date_of_death) <= {{sequel_days}} THEN '1'
            WHEN c.outcome_release_2 = 'Admitted to hospital' THEN '2'
            WHEN t.sequel IS NOT NULL THEN '3'
            WHEN b.source IS NOT NULL THEN '4' || ['a', 'b', 'c'][b.source]
            WHEN EXISTS (
                SELECT 1 FROM nested AS n
                WHERE n.council = c.council AND n.person_key = c.person_key AND n.cluster_no = c.cluster_no
                  AND n.event_type = 'Service' AND n.service_component = 'Equipment') THEN '5'
            ELSE '6'
        END AS sequel_type,
        t.sequel AS service_sequel,
        (SELECT any_value(o.release_2) FROM dim_event_outcome AS o WHERE o.hierarchy = b.outcome_rank)
            AS outcome_sequel
    FROM new_clients AS c
    LEFT JOIN top_service AS t USING (council, person_key, cluster_no)
    LEFT JOIN best_outcome AS b USING (council, person_key, cluster_no)
),
outcomes AS (
    SELECT council, financial_year, person_key, cluster_no, start_date, end_date, age_band, sequel_type,
        CASE sequel_type
            WHEN '1' THEN 'NFA: Deceased'
            WHEN '2' THEN outcome_release_2
            WHEN '3' THEN service_sequel
            WHEN '5' THEN 'Short term support: Ongoing low level'
            WHEN '6' THEN outcome_release_2
            ELSE outcome_sequel
        END AS final_outcome
    FROM sequels
)
SELECT *,
    final_outcome IN ('Short term support: Ongoing low level', 'Short term support: Other short term',
        'NFA: Information and advice or signposting', 'NFA: Support ended as planned',
        'NFA: Responsibility moved to another local authority', 'NFA: Other',
        'NFA: No services offered for other reason', 'NFA: Support ended for other reason',
        'NFA: Referral to other service within the local authority') AS in_numerator,
    final_outcome IN ('Long term support: Community', 'Long term support: Nursing care',
        'Long term support: Residential care', 'Long term support: Prison',
        'Short term support: Ongoing low level', 'Short term support: Other short term',
        'Short term support: Residential or Nursing care', 'NFA: Information and advice or signposting',
        'NFA: Support ended as planned', 'NFA: Responsibility moved to another local authority', 'NFA: Other',
        'NFA: No services offered for other reason', 'NFA: Support ended for other reason',
        'NFA: Referral to other service within the local authority') AS in_denominator
FROM outcomes;
