-- Nothing is lost: every step read exactly the rows it loaded or rejected.
SELECT execution_id, step, source_file, rows_read, rows_loaded, rows_rejected
FROM load_runs
WHERE rows_read <> rows_loaded + rows_rejected
