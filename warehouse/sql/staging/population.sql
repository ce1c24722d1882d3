-- ONS population by district, sex, single year of age and mid-year, as loaded. The
-- partition is read as text (an empty night has a placeholder partition, which casts to NULL).
CREATE OR REPLACE VIEW population AS
SELECT * EXCLUDE (mid_year), TRY_CAST(mid_year AS INTEGER) AS mid_year
FROM read_parquet('{{run}}/population/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'mid_year': VARCHAR});
