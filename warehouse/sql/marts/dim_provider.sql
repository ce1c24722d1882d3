-- materialise: written as Parquet for BI tools, the star schema read without DuckDB
-- Providers by CQC location and council, in-house or external as the services record them
-- ('Mixed' where both appear), named as the commitment register names them (the name on
-- the latest commitment, the later file and line among those starting the same day; NULL
-- where no commitment names the provider).
CREATE OR REPLACE VIEW dim_provider AS
WITH named AS (
    SELECT council, provider_id, arg_max(provider_name, (start_date, source_file, source_line)) AS provider_name
    FROM commitments
    WHERE provider_id IS NOT NULL AND provider_name IS NOT NULL
    GROUP BY ALL
)
SELECT
    s.provider_id,
    s.council,
    any_value(n.provider_name) AS provider_name,
    CASE WHEN count(DISTINCT s.provider_type) > 1 THEN 'Mixed' ELSE any_value(s.provider_type) END AS provider_type,
    min(s.event_start_date) AS first_seen,
    count(*) AS events
FROM services AS s
LEFT JOIN named AS n ON n.council = s.council AND n.provider_id = s.provider_id
WHERE s.provider_id IS NOT NULL
GROUP BY s.provider_id, s.council;
