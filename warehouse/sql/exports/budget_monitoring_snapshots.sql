-- Budget monitoring as it stood at each earlier business date: the budget_monitoring file
-- of every kept run (care.warehouse.retention-days) whose load completed, and tonight's,
-- with the run's business date (snapshot_as_of) and run number. Where a date was loaded
-- more than once, its latest run counts.
CREATE OR REPLACE VIEW budget_monitoring_snapshots AS
WITH files AS (
    SELECT *,
        CAST(regexp_extract(filename, '/([0-9]{4}-[0-9]{2}-[0-9]{2})/run-[0-9]+/', 1) AS DATE) AS snapshot_as_of,
        CAST(regexp_extract(filename, '/run-([0-9]+)/', 1) AS BIGINT) AS snapshot_run
    FROM read_parquet('{{runs}}/*/*/budget_monitoring.parquet', filename = true)
),
kept AS (
    SELECT * FROM files
    WHERE (snapshot_as_of, snapshot_run) IN (
            SELECT (as_of, instance_id) FROM load_runs WHERE job_status = 'COMPLETED')
       OR filename = '{{run}}/budget_monitoring.parquet'
)
SELECT * EXCLUDE (filename)
FROM kept
QUALIFY snapshot_run = max(snapshot_run) OVER (PARTITION BY snapshot_as_of);
