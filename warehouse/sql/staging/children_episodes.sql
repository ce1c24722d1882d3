-- Episodes of care from SSDA903 Episodes tables as loaded, before repair: one row per episode per file.
-- references: council -> dim_council.council
-- references: financial_year -> dim_financial_year.financial_year
CREATE OR REPLACE VIEW children_episodes AS
SELECT *
FROM read_parquet('{{run}}/children_episodes/*/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'council': VARCHAR, 'financial_year': VARCHAR});
