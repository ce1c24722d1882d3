-- Every worker's workplace is in the workplaces extract of the same council and snapshot.
SELECT w.council, w.workplace_id, w.snapshot_date, w.source_file, w.source_line
FROM workforce_workers AS w
WHERE NOT EXISTS (
    SELECT 1 FROM workforce_workplaces AS p
    WHERE p.council = w.council AND p.workplace_id = w.workplace_id AND p.snapshot_date = w.snapshot_date)
