-- OHID Fingertips indicator values as loaded (the partition is read as text: an empty
-- night has a placeholder partition).
CREATE OR REPLACE VIEW fingertips AS
SELECT * EXCLUDE (indicator_id), TRY_CAST(indicator_id AS BIGINT) AS indicator_id
FROM read_parquet('{{run}}/fingertips/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'indicator_id': VARCHAR});
