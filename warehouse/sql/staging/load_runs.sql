-- Run history: one row per job execution and step, with its control totals.
CREATE OR REPLACE VIEW load_runs AS
SELECT *
FROM read_parquet('{{history}}/*.parquet');
