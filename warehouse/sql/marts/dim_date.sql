-- materialise: written as Parquet for BI tools, the star schema read without DuckDB
-- Calendar days with their financial year and period.
CREATE OR REPLACE VIEW dim_date AS
SELECT
    d::DATE AS date,
    printf('%d-%02d', year(d - INTERVAL 3 MONTH), (year(d - INTERVAL 3 MONTH) + 1) % 100) AS financial_year,
    (month(d) + 8) % 12 + 1 AS period,
    year(d) AS calendar_year,
    month(d) AS month,
    dayofweek(d) AS day_of_week
FROM range(DATE '2000-04-01', DATE '2041-04-01', INTERVAL 1 DAY) AS days(d);
