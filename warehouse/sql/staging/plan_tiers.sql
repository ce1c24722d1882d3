-- Commissioning plans' tiers as loaded: each tier's target share and a unit price range
-- that places a placement in it (a tier priced two ways has two rows).
-- references: council -> dim_council.council
CREATE OR REPLACE VIEW plan_tiers AS
SELECT *
FROM read_parquet('{{run}}/plan_tiers/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'council': VARCHAR});
