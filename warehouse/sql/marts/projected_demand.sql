-- materialise: computed once a run, since the board report reads it for every council
-- Demand for each service projected from the current year's actual use: the service users
-- with a service of that type and component open on any day of their council's latest
-- financial year in the services (the base), by ASCOF age band on the year's last day,
-- grown by the band's population in each later projection mid-year over its population
-- in the base year's mid-year (both from population_projections_by_council, so one
-- edition's trend, not the jump between estimate and projection). The 'All' service rows
-- count each person once. growth_percent and projected_people are exact ratios rounded
-- half away from zero to one place.
-- unique: council, service_type, service_component, age_band, mid_year
-- references: council -> dim_council.council
CREATE OR REPLACE VIEW projected_demand AS
WITH base_year AS (
    SELECT council, max(financial_year) AS financial_year FROM internal.service_years GROUP BY council
),
users AS (
    SELECT DISTINCT
        e.council,
        b.financial_year,
        y.mid_year,
        e.service_type,
        e.service_component,
        a.ascof_band AS age_band,
        e.person_key
    FROM internal.service_events AS e
    JOIN base_year AS b ON b.council = e.council
    JOIN dim_financial_year AS y ON y.financial_year = b.financial_year
    JOIN dim_age_band AS a ON a.age = cld_age(CAST(e.birth_month || '-01' AS DATE), y.end_date)
    WHERE e.event_type = 'Service' AND e.client_type = 'Service User'
      AND e.event_start_date <= y.end_date AND coalesce(e.event_end_date, y.end_date) >= y.start_date
      AND a.ascof_band <> '0-17'
),
base AS (
    SELECT council, financial_year, mid_year, age_band,
        CASE WHEN grouping(service_type) = 1 THEN 'All' ELSE coalesce(service_type, 'Unknown') END AS service_type,
        CASE WHEN grouping(service_component) = 1 THEN 'All' ELSE coalesce(service_component, 'Unknown') END
            AS service_component,
        count(DISTINCT person_key) AS base_people
    FROM users
    GROUP BY GROUPING SETS ((council, financial_year, mid_year, age_band, service_type, service_component),
        (council, financial_year, mid_year, age_band))
),
band_population AS (
    SELECT council, mid_year, ascof_band AS age_band, CAST(sum(population) AS BIGINT) AS population
    FROM population_projections_by_council
    GROUP BY ALL
)
SELECT
    b.council,
    b.financial_year AS base_financial_year,
    b.service_type,
    b.service_component,
    b.age_band,
    b.base_people,
    b.mid_year AS base_mid_year,
    p.mid_year,
    s.population AS base_population,
    p.population AS projected_population,
    exact_ratio(p.population - s.population, s.population, 100, 1) AS growth_percent,
    exact_ratio(b.base_people * p.population, s.population, 1, 1) AS projected_people
FROM base AS b
JOIN band_population AS s ON s.council = b.council AND s.age_band = b.age_band AND s.mid_year = b.mid_year
JOIN band_population AS p ON p.council = b.council AND p.age_band = b.age_band AND p.mid_year >= b.mid_year;
