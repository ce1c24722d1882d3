-- One council's projected demand for adult social care (projected_demand, every service
-- and component together): people using services in the base year by ASCOF age band,
-- grown with the band's projected population; a base count of 1 to the suppression
-- threshold shows as [c], and so does its projection.
WITH chosen AS (SELECT CAST(? AS VARCHAR) AS council),
shown AS (
    SELECT d.*, published.shown_count(base_people) = '[c]' AS hidden
    FROM projected_demand AS d
    JOIN chosen USING (council)
    WHERE d.service_type = 'All' AND d.service_component = 'All'
)
SELECT
    age_band AS "Age band",
    mid_year AS "Projected year",
    base_financial_year AS "Base year",
    published.shown_count(base_people) AS "People using services",
    CASE WHEN hidden THEN '[c]' ELSE CAST(CAST(growth_percent AS DECIMAL(9, 1)) AS VARCHAR) END AS "Population growth %",
    CASE WHEN hidden THEN '[c]' ELSE CAST(CAST(round(projected_people) AS BIGINT) AS VARCHAR) END AS "Projected people"
FROM shown
ORDER BY age_band, mid_year
