-- Every provider recorded on a service is in dim_provider.
SELECT s.council, s.provider_id, count(*) AS orphan_rows
FROM services AS s
WHERE s.provider_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM dim_provider AS p WHERE p.provider_id = s.provider_id AND p.council = s.council)
GROUP BY ALL
