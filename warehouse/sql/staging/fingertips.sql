-- OHID Fingertips indicator values as loaded (the partition is read as text: an empty
-- night has a placeholder partition). Fingertips' own indicator number and age group
-- are named apart from the warehouse's indicator_id and single year of age.
CREATE OR REPLACE VIEW fingertips AS
SELECT * EXCLUDE (indicator_id) RENAME (age AS age_group), TRY_CAST(indicator_id AS BIGINT) AS fingertips_indicator_id
FROM read_parquet('{{run}}/fingertips/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'indicator_id': VARCHAR});
