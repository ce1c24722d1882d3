-- Looked-after children from SSDA903 Header tables as loaded: one row per child per file, pseudonymised.
-- references: council -> dim_council.council
CREATE OR REPLACE VIEW children_header AS
SELECT *
FROM read_parquet('{{run}}/children_header/*/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'council': VARCHAR, 'financial_year': VARCHAR});
