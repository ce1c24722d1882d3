-- Items of the published adult social care finance return (ASC-FR) data file as loaded,
-- for every council in England (the partition is read as text: an empty night has a
-- placeholder partition).
CREATE OR REPLACE VIEW ascfr_items AS
SELECT *
FROM read_parquet('{{run}}/ascfr_items/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'financial_year': VARCHAR});
