-- Budgets by cost centre and period as loaded.
-- references: council -> dim_council.council
-- references: financial_year -> dim_financial_year.financial_year
CREATE OR REPLACE VIEW budgets AS
SELECT *
FROM read_parquet('{{run}}/budgets/*/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'council': VARCHAR, 'financial_year': VARCHAR});
