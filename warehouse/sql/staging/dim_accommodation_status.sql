-- materialise: written as Parquet for BI tools, the star schema read without DuckDB
-- CLD accommodation statuses: the warehouse's (Release 1) label, the Release 2 label and
-- whether the status counts as settled for ASCOF 2E, from
-- warehouse/reference/accommodation-statuses.csv (DHSC Create_ASCOF_2E_2425_Onwards.sql
-- 70-96, which adds two categories derived from services: "Unknown: Presumed at home" is
-- settled, "Unknown: Presumed in community" is not).
CREATE OR REPLACE VIEW dim_accommodation_status AS
SELECT *
FROM read_csv('{{run}}/reference/accommodation-statuses.csv', header = true,
    columns = {'accommodation_status': 'VARCHAR', 'release_2': 'VARCHAR', 'settled': 'BOOLEAN', 'sort_order': 'INTEGER'});
