-- materialise: computed once a run, since several models read it
-- Population by council, mid-year, sex and single year of age, with the indicator age
-- bands: a county council is the sum of its districts; unitary, metropolitan and London
-- councils are their own district. Districts of counties not in dim_district_council are
-- left out. Estimates only: projections (snpp-* files) are population_projections_by_council.
-- references: council -> dim_council.council
CREATE OR REPLACE VIEW population_by_council AS
SELECT
    coalesce(d.council, p.area_code) AS council,
    p.mid_year,
    p.sex,
    p.age,
    a.ascof_band,
    a.older_band,
    sum(p.population) AS population
FROM population AS p
LEFT JOIN dim_district_council AS d ON d.district_code = p.area_code
JOIN dim_age_band AS a ON a.age = p.age
WHERE (p.area_code NOT LIKE 'E07%' OR d.council IS NOT NULL)
  AND p.source_file NOT LIKE 'snpp-%'
GROUP BY ALL;
