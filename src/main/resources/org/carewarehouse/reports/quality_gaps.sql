-- One council's indicator figures with no value for want of a numerator or denominator.
SELECT financial_year, indicator_id, missing, definition, breakdowns, first_breakdown
FROM indicator_gaps
WHERE council = ?
ORDER BY financial_year, indicator_id, missing
