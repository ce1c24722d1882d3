-- Commitment lines as loaded: the agreed weekly cost of a placement or package over a
-- date range, person pseudonymised.
-- references: council -> dim_council.council
CREATE OR REPLACE VIEW commitments AS
SELECT *
FROM read_parquet('{{run}}/commitments/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'council': VARCHAR});
