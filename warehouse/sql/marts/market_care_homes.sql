-- The care home market on the business date, one row per council and CQC-registered care
-- home in its area (the directory's local authority matched to dim_council by name).
-- Self-funder estimate, the method councils' market position statements use: occupied
-- beds = registered beds x the occupancy assumption (warehouse/reference/
-- market-assumptions.csv, care_home_occupancy, its source named), less the council-funded
-- placements (fct_care_home_placements, long term and short stays, by CQC location id)
-- open that day, never below zero. Placements with providers outside the council's area
-- are not in its market and are not counted here. The commitment register is joined by
-- the same CQC location id: committed_placements and committed_weekly_cost are its lines
-- open that day at the home, so what finance pays for sits beside what services record.
-- unique: council, location_id
-- references: council -> dim_council.council
CREATE OR REPLACE VIEW market_care_homes AS
WITH occupancy AS (
    SELECT CAST(value AS DECIMAL(9, 4)) AS rate, source
    FROM read_csv('{{run}}/reference/market-assumptions.csv', header = true,
        columns = {'assumption': 'VARCHAR', 'value': 'VARCHAR', 'source': 'VARCHAR'})
    WHERE assumption = 'care_home_occupancy'
),
funded AS (
    SELECT council, provider_id, count(*) AS council_funded
    FROM fct_care_home_placements
    WHERE start_date <= DATE '{{as_of}}' AND coalesce(end_date, DATE '{{as_of}}') >= DATE '{{as_of}}'
    GROUP BY ALL
),
committed AS (
    SELECT council, provider_id, count(*) AS committed_placements,
        CAST(sum(weekly_cost) AS DECIMAL(18, 2)) AS committed_weekly_cost
    FROM commitments
    WHERE start_date <= DATE '{{as_of}}' AND coalesce(end_date, DATE '{{as_of}}') >= DATE '{{as_of}}'
    GROUP BY ALL
)
SELECT
    c.council AS council,
    l.location_id,
    l.location_name,
    l.service_types,
    l.registered_beds,
    coalesce(f.council_funded, 0) AS council_funded,
    o.rate AS occupancy_rate,
    CAST(round(l.registered_beds * o.rate, 0) AS BIGINT) AS occupied_beds,
    exact_ratio(coalesce(f.council_funded, 0), l.registered_beds, 100, 1) AS council_funded_share,
    greatest(0, CAST(round(l.registered_beds * o.rate, 0) AS BIGINT) - coalesce(f.council_funded, 0))
        AS self_funded_estimate,
    o.source AS occupancy_source,
    coalesce(m.committed_placements, 0) AS committed_placements,
    CAST(coalesce(m.committed_weekly_cost, 0) AS DECIMAL(18, 2)) AS committed_weekly_cost
FROM cqc_locations AS l
JOIN dim_council AS c ON lower(c.council_name) = lower(l.local_authority)
CROSS JOIN occupancy AS o
LEFT JOIN funded AS f ON f.council = c.council AND f.provider_id = l.location_id
LEFT JOIN committed AS m ON m.council = c.council AND m.provider_id = l.location_id
WHERE l.care_home = 'Y';
