-- materialise: written as Parquet for BI tools, the star schema read without DuckDB
-- Financial periods: period 1 is April, period 12 is March.
CREATE OR REPLACE VIEW dim_period AS
SELECT
    fy.financial_year,
    p AS period,
    (fy.start_date + to_months(p - 1))::DATE AS month_start,
    (fy.start_date + to_months(p) - INTERVAL 1 DAY)::DATE AS month_end
FROM dim_financial_year AS fy, range(1, 13) AS periods(p);
