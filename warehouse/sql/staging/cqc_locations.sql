-- Locations registered with the CQC as loaded from its care directory (the partition is
-- read as text: an empty night has a placeholder partition).
CREATE OR REPLACE VIEW cqc_locations AS
SELECT *
FROM read_parquet('{{run}}/cqc_locations/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'care_home': VARCHAR});
