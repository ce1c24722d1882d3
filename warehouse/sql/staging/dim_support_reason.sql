-- materialise: written as Parquet for BI tools, the star schema read without DuckDB
-- CLD primary support reasons and their groups, from warehouse/reference/support-reasons.csv.
-- unique: primary_support_reason
CREATE OR REPLACE VIEW dim_support_reason AS
SELECT *
FROM read_csv('{{run}}/reference/support-reasons.csv', header = true,
    columns = {'primary_support_reason': 'VARCHAR', 'support_group': 'VARCHAR'});
