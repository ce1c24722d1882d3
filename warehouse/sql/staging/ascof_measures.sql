-- Values of NHS England's published ASCOF measures file as loaded, one per area, measure
-- code and measure type (the partition is read as text: an empty night has a placeholder
-- partition).
CREATE OR REPLACE VIEW ascof_measures AS
SELECT *
FROM read_parquet('{{run}}/ascof_measures/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'financial_year': VARCHAR});
