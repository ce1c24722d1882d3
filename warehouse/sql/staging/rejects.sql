-- Every rule a source row or file broke, with its file, line, column and rule code.
CREATE OR REPLACE VIEW rejects AS
SELECT *
FROM read_parquet('{{run}}/rejects/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'feed': VARCHAR});
