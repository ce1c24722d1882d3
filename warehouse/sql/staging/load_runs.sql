-- Run history: one row per job execution and step, with its control totals.
-- By name, so that history written before a column was added still reads (as null).
CREATE OR REPLACE VIEW load_runs AS
SELECT *
FROM read_parquet('{{history}}/*.parquet', union_by_name = true);
