-- Completeness per column of the rows one council's feed loaded tonight: rows, rows with
-- a value, and the share filled. Parameters: the table, the council, the table again
-- (query_table takes its own). Each column's values are counted where they lie, in one
-- pass, and only the counts are turned into rows; nothing for a council with no rows.
WITH params AS (SELECT CAST(? AS VARCHAR) AS source, CAST(? AS VARCHAR) AS council),
counts AS (
    SELECT count(*) AS "rows", count(COLUMNS(* EXCLUDE (council)))
    FROM query_table(?)
    WHERE council = (SELECT council FROM params)
)
SELECT (SELECT source FROM params) AS source, column_name, "rows", filled_rows,
    round(100.0 * filled_rows / "rows", 2) AS filled_percent
FROM (UNPIVOT counts ON COLUMNS(* EXCLUDE ("rows")) INTO NAME column_name VALUE filled_rows)
WHERE "rows" > 0
ORDER BY column_name
