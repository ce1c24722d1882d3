-- Completeness per column of the rows one council's feed loaded tonight: rows, rows with
-- a value, and the share filled. Parameters: the table, the council, the table again
-- (query_table takes its own). Each column's values are counted where they lie, in one
-- pass, and only the counts are turned into rows; nothing for a council with no rows.
-- The row count's name has a space, which no column of a table has.
WITH params AS (SELECT CAST(? AS VARCHAR) AS source, CAST(? AS VARCHAR) AS council),
counts AS (
    SELECT count(*) AS "all rows", count(COLUMNS(* EXCLUDE (council)))
    FROM query_table(?)
    WHERE council = (SELECT council FROM params)
)
SELECT (SELECT source FROM params) AS source, column_name, "all rows" AS "rows", filled_rows,
    round(100.0 * filled_rows / "all rows", 2) AS filled_percent
FROM (UNPIVOT counts ON COLUMNS(* EXCLUDE ("all rows")) INTO NAME column_name VALUE filled_rows)
WHERE "all rows" > 0
ORDER BY column_name
