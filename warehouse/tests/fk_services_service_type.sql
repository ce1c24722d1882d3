-- Every recorded service type is in dim_service_type.
SELECT service_type, count(*) AS orphan_rows
FROM services
WHERE service_type NOT IN (SELECT service_type FROM dim_service_type)
GROUP BY service_type
