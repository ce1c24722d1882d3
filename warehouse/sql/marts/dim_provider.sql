-- materialise: written as Parquet for BI tools, the star schema read without DuckDB
-- Providers by CQC location and council, in-house or external as the services record them
-- ('Mixed' where both appear).
CREATE OR REPLACE VIEW dim_provider AS
SELECT
    provider_id,
    council,
    CASE WHEN count(DISTINCT provider_type) > 1 THEN 'Mixed' ELSE any_value(provider_type) END AS provider_type,
    min(event_start_date) AS first_seen,
    count(*) AS events
FROM services
WHERE provider_id IS NOT NULL
GROUP BY provider_id, council;
