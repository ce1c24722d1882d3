-- Reablement (ST-Max) episodes of a person, joined into clusters: an episode starting
-- fewer than 7 days after the previous one ended belongs to the same cluster (RBL-84,
-- STM-OUT). One row per cluster, with its first start, last end, age at its start and
-- the outcome of its last episode.
CREATE OR REPLACE VIEW reablement_clusters AS
WITH episodes AS (
    SELECT council, person_key, event_start_date, event_end_date, age_at_event_start, event_outcome,
        CASE WHEN event_start_date - lag(coalesce(event_end_date, DATE '9999-12-31')) OVER w < 7
             THEN 0 ELSE 1 END AS starts_cluster
    FROM service_events
    WHERE event_type = 'Service' AND service_type = 'Short Term Support: ST-Max'
    WINDOW w AS (PARTITION BY council, person_key ORDER BY event_start_date, event_end_date)
),
numbered AS (
    SELECT *, sum(starts_cluster) OVER (PARTITION BY council, person_key ORDER BY event_start_date, event_end_date)
        AS cluster
    FROM episodes
)
SELECT council, person_key, cluster,
    min(event_start_date) AS start_date,
    max(event_end_date) AS end_date,
    bool_or(event_end_date IS NULL) AS open,
    arg_min(age_at_event_start, event_start_date) AS age,
    arg_max(event_outcome, event_start_date) AS outcome
FROM numbered
GROUP BY council, person_key, cluster;
