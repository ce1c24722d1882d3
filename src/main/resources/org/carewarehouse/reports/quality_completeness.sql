-- Completeness per column of the rows one council's feed loaded tonight: rows, rows with
-- a value, and the share filled. Parameters: the table, the council, the table again
-- (query_table takes its own).
WITH params AS (SELECT CAST(? AS VARCHAR) AS source, CAST(? AS VARCHAR) AS council),
loaded AS (
    SELECT COLUMNS(* EXCLUDE (council))::VARCHAR
    FROM query_table(?)
    WHERE council = (SELECT council FROM params)
),
filled AS (
    FROM loaded UNPIVOT INCLUDE NULLS (value FOR column_name IN (COLUMNS(*)))
)
SELECT (SELECT source FROM params) AS source, column_name, count(*) AS rows, count(value) AS filled_rows,
    round(100.0 * count(value) / count(*), 2) AS filled_percent
FROM filled
GROUP BY column_name
ORDER BY column_name
