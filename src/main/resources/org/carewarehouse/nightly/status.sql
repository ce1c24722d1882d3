-- The last nights from the published run history (load_runs), newest first: one row per
-- job execution. The exit code is the one the nightly command gave: 5 when a file step
-- completed with a message (a file refused as a whole), none while a run is live or died.
SELECT as_of AS date,
    execution_id AS execution,
    any_value(job_status) AS outcome,
    CASE any_value(job_status)
        WHEN 'FAILED' THEN 1
        WHEN 'COMPLETED' THEN CASE WHEN bool_or(step LIKE '%FileStep%' AND step_status = 'COMPLETED'
            AND message IS NOT NULL) THEN 5 ELSE 0 END
    END AS exit_code,
    sum(rows_read)::BIGINT AS rows_read,
    sum(rows_loaded)::BIGINT AS rows_loaded,
    sum(rows_rejected)::BIGINT AS rows_rejected,
    round(epoch(max(end_time) - min(start_time)), 1) AS seconds
FROM load_runs
GROUP BY as_of, execution_id
ORDER BY execution_id DESC
LIMIT {{last}}
