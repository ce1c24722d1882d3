-- One council's ASCOF measures in the latest year of NHS England's published file
-- (national_measures): numerator, denominator and outcome as published, the council's rank
-- among all councils (1 the highest outcome) and the warehouse's own value.
WITH chosen AS (SELECT CAST(? AS VARCHAR) AS council)
SELECT
    m.financial_year AS "Year",
    m.measure_code AS "ASCOF",
    m.measure_group_description AS "Measure",
    m.ascof_numerator AS "Numerator",
    m.ascof_denominator AS "Denominator",
    m.ascof_outcome AS "Outcome",
    CASE WHEN m.rank_highest_first IS NOT NULL THEN m.rank_highest_first || ' of ' || m.councils_ranked END
        AS "Rank (1 = highest)",
    m.warehouse_value AS "Warehouse value",
    m.indicator_id AS "Warehouse indicator"
FROM national_measures AS m
JOIN chosen USING (council)
WHERE m.financial_year = (SELECT max(financial_year) FROM national_measures JOIN chosen USING (council))
ORDER BY m.measure_code
