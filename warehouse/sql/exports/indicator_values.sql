-- Materialises indicator_values as a Parquet file in the run's folder, for BI tools to read directly,
-- and points the view at it: computed once a night, queried fast, and kept with the run
-- as its snapshot. One file, so that a night with no rows still leaves a typed table.
COPY (SELECT * FROM indicator_values) TO '{{run}}/indicator_values.parquet' (FORMAT PARQUET);
CREATE OR REPLACE VIEW indicator_values AS
SELECT *
FROM read_parquet('{{run}}/indicator_values.parquet');
