-- materialise: written as Parquet for BI tools, the star schema read without DuckDB
-- Which county council each two-tier district belongs to, from
-- warehouse/reference/district-to-council.csv.
CREATE OR REPLACE VIEW dim_district_council AS
SELECT *
FROM read_csv('{{run}}/reference/district-to-council.csv', header = true,
    columns = {'district_code': 'VARCHAR', 'council': 'VARCHAR'});
