-- materialise: written as Parquet for BI tools, the star schema read without DuckDB
-- CLD event outcomes: the warehouse's label, the Release 2 label, DHSC's group and its
-- place in the CLD hierarchy that picks one row of a unique event (6-deduplication.md),
-- from warehouse/reference/event-outcomes.csv.
CREATE OR REPLACE VIEW dim_event_outcome AS
SELECT *
FROM read_csv('{{run}}/reference/event-outcomes.csv', header = true,
    columns = {'event_outcome': 'VARCHAR', 'release_2': 'VARCHAR', 'outcome_group': 'VARCHAR', 'hierarchy': 'INTEGER'});
