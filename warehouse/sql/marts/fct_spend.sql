-- materialise: written as Parquet for BI tools, the star schema read without DuckDB
-- Spend by council, financial year, period and ASC-FR support setting. Ledger rows whose
-- cost centre is not in the map stay visible with support setting 'Unmapped'. The period
-- is the one the ledger booked: 13-16 are the year-end adjustment periods, which have no
-- month of their own in dim_period (budget monitoring counts them in March).
CREATE OR REPLACE VIEW fct_spend AS
SELECT
    l.council,
    l.financial_year,
    l.period,
    coalesce(c.support_setting, 'Unmapped') AS support_setting,
    c.primary_support_reason,
    c.age_band,
    CAST(sum(l.amount) AS DECIMAL(18, 2)) AS spend,
    count(*) AS postings
FROM ledger l
LEFT JOIN cost_centres c
    ON c.council = l.council AND c.cost_centre = l.cost_centre
GROUP BY ALL;
