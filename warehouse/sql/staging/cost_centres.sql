-- The cost-centre map to ASC-FR service lines as loaded.
-- references: council -> dim_council.council
CREATE OR REPLACE VIEW cost_centres AS
SELECT *
FROM read_parquet('{{run}}/cost_centres/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'council': VARCHAR});
