-- The business date of the run the catalog was built over.
SELECT max(as_of) AS as_of
FROM load_runs
WHERE instance_id = (SELECT instance_id FROM internal.current_run)
