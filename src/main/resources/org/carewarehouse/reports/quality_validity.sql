-- Validity per file and column of one council's files tonight: rows read, rows kept out
-- for breaking a rule on that column (errors), rows loaded with a warning on it, and the
-- share of rows read whose value in the column was valid.
WITH params AS (SELECT CAST(? AS VARCHAR) AS council),
tonight AS (
    SELECT source_file, arg_max(rows_read, execution_id) AS rows_read
    FROM load_runs
    WHERE instance_id = (SELECT instance_id FROM internal.current_run) AND source_file IS NOT NULL
    GROUP BY source_file
)
SELECT r.feed, r.source_file, r.column_name, t.rows_read,
    count(DISTINCT r.source_line) FILTER (WHERE r.severity = 'error') AS invalid_rows,
    count(DISTINCT r.source_line) FILTER (WHERE r.severity = 'warning') AS warned_rows,
    round(100.0 * (t.rows_read - count(DISTINCT r.source_line) FILTER (WHERE r.severity = 'error'))
        / nullif(t.rows_read, 0), 2) AS valid_percent
FROM rejects AS r
JOIN tonight AS t USING (source_file)
CROSS JOIN params
WHERE r.column_name IS NOT NULL AND r.source_line > 1
    AND regexp_extract(r.source_file, 'E[0-9]{8}') IN (params.council, '')
GROUP BY r.feed, r.source_file, r.column_name, t.rows_read
ORDER BY r.feed, r.source_file, r.column_name
