-- Commissioning plans' savings targets as loaded: each year's own saving against the
-- service's annual cost on the baseline date.
-- references: council -> dim_council.council
CREATE OR REPLACE VIEW plan_savings AS
SELECT *
FROM read_parquet('{{run}}/plan_savings/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'council': VARCHAR});
