-- Every council's published headline value of each indicator and year, for the position
-- chart: suppressed values are left out, never estimated.
SELECT indicator_id, financial_year, council, value
FROM indicators_published
WHERE breakdown = 'All' AND NOT suppressed AND value IS NOT NULL
ORDER BY indicator_id, financial_year, value, council
