-- Every council with a population is in dim_council.
SELECT council, count(*) AS orphan_rows
FROM population_by_council
WHERE council NOT IN (SELECT gss_code FROM dim_council)
GROUP BY council
