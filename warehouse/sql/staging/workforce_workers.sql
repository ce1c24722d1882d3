-- ASC-WDS workers (filled posts) at each snapshot, as loaded and pseudonymised.
-- references: council -> dim_council.council
-- references: financial_year -> dim_financial_year.financial_year
CREATE OR REPLACE VIEW workforce_workers AS
SELECT *
FROM read_parquet('{{run}}/workforce_workers/*/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'council': VARCHAR, 'financial_year': VARCHAR});
