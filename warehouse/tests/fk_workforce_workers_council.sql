-- Every workforce_workers row's council is in dim_council.
SELECT council, count(*) AS orphan_rows
FROM workforce_workers
WHERE council NOT IN (SELECT gss_code FROM dim_council)
GROUP BY council
