-- ASC-WDS workplaces at each snapshot, as loaded. A workplace is counted once a snapshot:
-- a file repeating one is rejected row by row (CW024), and one sent in two files of a
-- council stops the publish here rather than count its posts twice.
-- unique: council, workplace_id, snapshot_date
-- references: council -> dim_council.council
-- references: financial_year -> dim_financial_year.financial_year
CREATE OR REPLACE VIEW workforce_workplaces AS
SELECT *
FROM read_parquet('{{run}}/workforce_workplaces/*/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'council': VARCHAR, 'financial_year': VARCHAR});
