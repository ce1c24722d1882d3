-- Materialises fct_payment_matching as Parquet in the run's folder (kept with the run as its
-- snapshot, for BI tools to read) and as one CSV file per council for people who work in
-- Excel (payment_matching_csv/council=<GSS code>/payment_matching_0.csv), and points the view payment_matching at
-- the Parquet.
COPY (SELECT * FROM fct_payment_matching) TO '{{run}}/payment_matching.parquet' (FORMAT PARQUET);
COPY (SELECT * FROM fct_payment_matching) TO '{{run}}/payment_matching_csv'
    (FORMAT CSV, HEADER true, PARTITION_BY (council), FILENAME_PATTERN 'payment_matching_{i}', OVERWRITE_OR_IGNORE true);
CREATE OR REPLACE VIEW payment_matching AS
SELECT *
FROM read_parquet('{{run}}/payment_matching.parquet');
