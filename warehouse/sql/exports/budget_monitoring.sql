-- Materialises fct_budget_monitoring as Parquet in the run's folder (kept with the run as its
-- snapshot, for BI tools to read) and as one CSV file per council for people who work in
-- Excel (budget_monitoring_csv/council=<GSS code>/budget_monitoring_0.csv), and points the view budget_monitoring at
-- the Parquet.
COPY (SELECT * FROM fct_budget_monitoring) TO '{{run}}/budget_monitoring.parquet' (FORMAT PARQUET);
COPY (SELECT * FROM fct_budget_monitoring) TO '{{run}}/budget_monitoring_csv'
    (FORMAT CSV, HEADER true, PARTITION_BY (council), FILENAME_PATTERN 'budget_monitoring_{i}', OVERWRITE_OR_IGNORE true);
CREATE OR REPLACE VIEW budget_monitoring AS
SELECT *
FROM read_parquet('{{run}}/budget_monitoring.parquet');
