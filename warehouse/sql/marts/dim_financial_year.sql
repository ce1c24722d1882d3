-- materialise: written as Parquet for BI tools, the star schema read without DuckDB
-- Financial years, 1 April to 31 March, labelled like 2023-24; mid_year is the ONS
-- mid-year (30 June) estimate that year's rates use.
CREATE OR REPLACE VIEW dim_financial_year AS
SELECT
    printf('%d-%02d', y, (y + 1) % 100) AS financial_year,
    make_date(y, 4, 1) AS start_date,
    make_date(y + 1, 3, 31) AS end_date,
    y AS mid_year
FROM range(2000, 2041) AS years(y);
