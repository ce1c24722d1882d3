-- ASC-WDS workplaces at each snapshot, as loaded.
-- references: council -> dim_council.council
-- references: financial_year -> dim_financial_year.financial_year
CREATE OR REPLACE VIEW workforce_workplaces AS
SELECT *
FROM read_parquet('{{run}}/workforce_workplaces/*/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'council': VARCHAR, 'financial_year': VARCHAR});
