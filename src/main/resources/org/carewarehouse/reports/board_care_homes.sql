-- One council's care home market on the business date (market_care_homes), summed over
-- its homes; counts of 1 to the suppression threshold show as [c], and so does the weekly
-- cost of so few commitment lines.
WITH chosen AS (SELECT CAST(? AS VARCHAR) AS council)
SELECT
    count(*) AS "Care homes",
    sum(registered_beds) AS "Registered beds",
    published.shown_count(sum(council_funded)) AS "Council-funded placements",
    published.shown_count(sum(committed_placements)) AS "Commitment lines",
    CASE WHEN published.shown_count(sum(committed_placements)) = '[c]' THEN '[c]'
        ELSE CAST(CAST(sum(committed_weekly_cost) AS DECIMAL(18, 2)) AS VARCHAR) END AS "Committed a week",
    sum(occupied_beds) AS "Occupied beds (assumed)",
    sum(self_funded_estimate) AS "Self-funded beds (estimate)",
    any_value(occupancy_source) AS "Occupancy assumption"
FROM market_care_homes
JOIN chosen USING (council)
HAVING count(*) > 0
