-- Nothing is lost: every step read exactly the rows it loaded or rejected, and where its
-- extract has a control-total column, exactly the amount it loaded or rejected.
SELECT execution_id, step, source_file, rows_read, rows_loaded, rows_rejected,
    amount_read, amount_loaded, amount_rejected
FROM load_runs
WHERE rows_read <> rows_loaded + rows_rejected
    OR amount_read <> amount_loaded + amount_rejected
