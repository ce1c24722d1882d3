-- materialise: computed once a run, since several models read it
-- The financial years each council has submitted services for: indicators are reported
-- for these years only, so that a year seen only through long-running services carried
-- into a later submission is not mistaken for a year with few admissions. mid_year is
-- the ONS mid-year estimate the year's rates use.
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.service_years AS
SELECT DISTINCT
    council,
    financial_year,
    make_date(CAST(left(financial_year, 4) AS INTEGER), 4, 1) AS start_date,
    make_date(CAST(left(financial_year, 4) AS INTEGER) + 1, 3, 31) AS end_date,
    CAST(left(financial_year, 4) AS INTEGER) AS mid_year
FROM services;
