-- materialise: computed once a run, since several models read it
-- Reablement clusters as DHSC's 2A and 2D code forms them (Create_ASCOF_2A_2425_Onwards.sql
-- 131-240, Create_ASCOF_2D.sql 107-198), one row per cluster, for STM-OUT, RBL-84 and
-- RBL-91. Episodes are a person's ST-Max services (service_user_events); scope 'ST-Max'
-- takes every component (2A), scope 'Reablement' only the Reablement component (2D, 116).
-- In order of start, end, outcome rank and latest record, an episode joins the cluster
-- when it starts at most {{cluster_gap_days}} days after the latest end of ALL the
-- person's earlier episodes, not only the one before it, so an episode nested inside a
-- long one does not end the cluster early (153-184); an open episode keeps the cluster
-- open. The cluster's outcome is that of its latest-ending episode; on a tie, the best
-- outcome rank, then the latest record (196-215). end_date is NULL while open.
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.reablement_clusters AS
WITH episodes AS (
    SELECT 'ST-Max' AS scope, * FROM service_user_events
    WHERE event_type = 'Service' AND service_type = 'Short Term Support: ST-Max'
    UNION ALL
    SELECT 'Reablement' AS scope, * FROM service_user_events
    WHERE event_type = 'Service' AND service_type = 'Short Term Support: ST-Max' AND service_component = 'Reablement'
),
ordered AS (
    SELECT *,
        max(coalesce(event_end_date, DATE '9999-01-01')) OVER (
            PARTITION BY scope, council, person_key
            ORDER BY event_start_date, coalesce(event_end_date, DATE '9999-01-01'), outcome_rank, record_order DESC
            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS previous_end
    FROM episodes
),
numbered AS (
    SELECT *,
        sum(CASE WHEN date_diff('day', previous_end, event_start_date) <= {{cluster_gap_days}} THEN 0 ELSE 1 END)
            OVER (PARTITION BY scope, council, person_key
                ORDER BY event_start_date, coalesce(event_end_date, DATE '9999-01-01'), outcome_rank,
                    record_order DESC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cluster_no
    FROM ordered
),
last_episode AS (
    SELECT *,
        row_number() OVER (PARTITION BY scope, council, person_key, cluster_no
            ORDER BY coalesce(event_end_date, DATE '9999-01-01') DESC, outcome_rank, record_order DESC) AS from_last
    FROM numbered
)
SELECT scope, council, person_key, cluster_no,
    min(event_start_date) AS start_date,
    CASE WHEN bool_or(event_end_date IS NULL) THEN NULL ELSE max(event_end_date) END AS end_date,
    any_value(event_outcome) FILTER (WHERE from_last = 1) AS outcome,
    any_value(outcome_release_2) FILTER (WHERE from_last = 1) AS outcome_release_2,
    any_value(outcome_rank) FILTER (WHERE from_last = 1) AS outcome_rank,
    count(*) AS episodes
FROM last_episode
GROUP BY scope, council, person_key, cluster_no;
