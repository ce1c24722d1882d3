-- Adult social care events (CLD) as loaded: one row per event, pseudonymised.
CREATE OR REPLACE VIEW services AS
SELECT *
FROM read_parquet('{{run}}/services/*/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'council': VARCHAR, 'financial_year': VARCHAR});
