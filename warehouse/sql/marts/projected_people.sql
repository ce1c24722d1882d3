-- People projected to have a condition, by council, projection mid-year, condition and
-- age band: each sex and single year of age of population_projections_by_council times
-- the prevalence rate of its sex and band (prevalence_rates, PANSI's method), summed; the
-- 'All' row of each condition sums its bands before rounding. projected_people is
-- rounded half away from zero from the exact sum in projected_people_exact; source names
-- where the rates come from.
-- unique: council, mid_year, condition, age_band
-- references: council -> dim_council.council
CREATE OR REPLACE VIEW projected_people AS
SELECT
    p.council,
    p.mid_year,
    r.condition,
    CASE WHEN grouping(r.age_from) = 1 THEN 'All' ELSE printf('%d-%d', r.age_from, r.age_to) END AS age_band,
    CAST(sum(p.population) AS BIGINT) AS population,
    CAST(sum(p.population * r.rate) AS DECIMAL(18, 4)) AS projected_people_exact,
    CAST(round(sum(p.population * r.rate), 0) AS BIGINT) AS projected_people,
    min(r.source) AS source
FROM population_projections_by_council AS p
JOIN prevalence_rates AS r ON r.sex = p.sex AND p.age BETWEEN r.age_from AND r.age_to
GROUP BY GROUPING SETS ((p.council, p.mid_year, r.condition, r.age_from, r.age_to),
    (p.council, p.mid_year, r.condition));
