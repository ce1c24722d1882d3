-- materialise: written as Parquet for BI tools, the star schema read without DuckDB
-- Councils: GSS code, name, region and DfE code, from warehouse/reference/councils.csv.
-- unique: council
CREATE OR REPLACE VIEW dim_council AS
SELECT *
FROM read_csv('{{run}}/reference/councils.csv', header = true,
    columns = {'council': 'VARCHAR', 'council_name': 'VARCHAR', 'region': 'VARCHAR', 'dfe_code': 'VARCHAR'});
