-- materialise: written as Parquet for BI tools, the star schema read without DuckDB
-- CLD service types with their term and the setting each names, from warehouse/reference/service-types.csv.
-- unique: service_type
CREATE OR REPLACE VIEW dim_service_type AS
SELECT *
FROM read_csv('{{run}}/reference/service-types.csv', header = true,
    columns = {'service_type': 'VARCHAR', 'term': 'VARCHAR', 'service_type_setting': 'VARCHAR'});
