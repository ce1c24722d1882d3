-- materialise: written as Parquet for BI tools, the star schema read without DuckDB
-- The postcode districts inside each council's area, from
-- warehouse/reference/council-postcode-districts.csv: a placement is in area when its
-- postcode district is one of its council's.
CREATE OR REPLACE VIEW dim_council_postcode_district AS
SELECT *
FROM read_csv('{{run}}/reference/council-postcode-districts.csv', header = true,
    columns = {'council': 'VARCHAR', 'postcode_district': 'VARCHAR'});
