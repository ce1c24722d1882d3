-- Materialises indicators_published as a Parquet file in the run's folder, for BI tools to read directly,
-- and points the view at it: computed once a night, queried fast, and kept with the run
-- as its snapshot. One file, so that a night with no rows still leaves a typed table.
COPY (SELECT * FROM indicators_published) TO '{{run}}/indicators_published.parquet' (FORMAT PARQUET);
CREATE OR REPLACE VIEW indicators_published AS
SELECT *
FROM read_parquet('{{run}}/indicators_published.parquet');
