-- The cost-centre map to ASC-FR service lines as loaded. Each cost centre is mapped once:
-- a second row for it would count its ledger spend, budget and commitments twice. A
-- second row in the same file is rejected on load (CW024, naming its line); this key
-- catches one cost centre sent in two files of a council.
-- unique: council, cost_centre
-- references: council -> dim_council.council
CREATE OR REPLACE VIEW cost_centres AS
SELECT *
FROM read_parquet('{{run}}/cost_centres/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'council': VARCHAR});
