-- No hidden figure of indicators_published is its group's total less the group's shown
-- cells: each group of an indicator's cells in a council and year (breakdown_members,
-- warehouse/sql/staging/suppression.sql), its total among them where published, holds no
-- hidden member or two or more. secondary_suppression repeats its passes until this
-- holds; this checks the catalog as published. A group of one cell adds up to a total
-- that is the cell itself and has nothing else to hide.
WITH published_cells AS (
    SELECT indicator_id AS family, council, financial_year, breakdown, numerator AS size, suppressed
    FROM indicators_published
),
members AS (
    FROM breakdown_members('published_cells')
)
SELECT grp, count(*) AS members
FROM members
GROUP BY grp
HAVING count(*) FILTER (WHERE suppressed) = 1 AND count(*) > 1
