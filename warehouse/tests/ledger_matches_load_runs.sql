-- Tonight's ledger holds exactly what its file steps recorded as loaded: per source file
-- the same number of rows and the same sum of amounts, to the penny. A refused file
-- recorded no amounts and must have no rows of tonight's; where the rows an earlier
-- night loaded from it were kept in its place (rows_kept), it holds exactly that many,
-- and their amounts were checked to the penny the night they loaded.
WITH recorded AS (
    SELECT source_file, rows_loaded, coalesce(rows_kept, 0) AS rows_kept,
        coalesce(amount_loaded, 0) AS amount_loaded
    FROM load_runs
    WHERE instance_id = (SELECT instance_id FROM internal.current_run)
      AND step LIKE 'ledgerFileStep%'
      AND step_status = 'COMPLETED'
),
loaded AS (
    SELECT source_file, count(*) AS rows_loaded, sum(amount) AS amount_loaded
    FROM ledger
    GROUP BY source_file
)
SELECT coalesce(r.source_file, l.source_file) AS source_file,
    r.rows_loaded AS recorded_rows, r.rows_kept AS kept_rows, l.rows_loaded AS ledger_rows,
    r.amount_loaded AS recorded_amount, l.amount_loaded AS ledger_amount
FROM recorded AS r
FULL OUTER JOIN loaded AS l ON r.source_file = l.source_file
WHERE r.source_file IS NULL
    OR coalesce(l.rows_loaded, 0) <> r.rows_loaded + r.rows_kept
    OR (r.rows_kept = 0 AND coalesce(l.amount_loaded, 0) <> r.amount_loaded)
