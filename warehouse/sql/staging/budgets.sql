-- Budgets by cost centre and period as loaded.
CREATE OR REPLACE VIEW budgets AS
SELECT *
FROM read_parquet('{{run}}/budgets/*/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'council': VARCHAR, 'financial_year': VARCHAR});
