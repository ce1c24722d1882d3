-- Every indicator_values row's council is in dim_council.
SELECT council, count(*) AS orphan_rows
FROM indicator_values
WHERE council NOT IN (SELECT gss_code FROM dim_council)
GROUP BY council
