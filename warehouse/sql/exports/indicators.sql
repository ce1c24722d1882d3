-- Materialises the indicator views as Parquet files in the run's folder, for BI tools to
-- read directly, and points each view at its file: computed once a night, queried fast,
-- and kept with the run as its snapshot. One file per view, so a night with no rows still
-- leaves a typed table. indicator_values is already in its file (its model is
-- materialised when built), so each of these reads it rather than computing it again.
COPY (SELECT * FROM indicator_benchmarks) TO '{{run}}/indicator_benchmarks.parquet' (FORMAT PARQUET);
CREATE OR REPLACE VIEW indicator_benchmarks AS
SELECT *
FROM read_parquet('{{run}}/indicator_benchmarks.parquet');

COPY (SELECT * FROM indicators_published) TO '{{run}}/indicators_published.parquet' (FORMAT PARQUET);
CREATE OR REPLACE VIEW indicators_published AS
SELECT *
FROM read_parquet('{{run}}/indicators_published.parquet');
