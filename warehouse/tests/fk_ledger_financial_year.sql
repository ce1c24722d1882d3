-- Every ledger row's financial year is in dim_financial_year.
SELECT financial_year, count(*) AS orphan_rows
FROM ledger
WHERE financial_year NOT IN (SELECT financial_year FROM dim_financial_year)
GROUP BY financial_year
