-- Materialises indicator_benchmarks as a Parquet file in the run's folder, for BI tools to read directly,
-- and points the view at it: computed once a night, queried fast, and kept with the run
-- as its snapshot. One file, so that a night with no rows still leaves a typed table.
COPY (SELECT * FROM indicator_benchmarks) TO '{{run}}/indicator_benchmarks.parquet' (FORMAT PARQUET);
CREATE OR REPLACE VIEW indicator_benchmarks AS
SELECT *
FROM read_parquet('{{run}}/indicator_benchmarks.parquet');
