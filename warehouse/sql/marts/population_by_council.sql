-- materialise: computed once a run, since several models read it
-- Population by council, mid-year, sex and single year of age, with the indicator age
-- bands: a county council is the sum of its districts; unitary, metropolitan and London
-- councils are their own district. Districts of counties not in dim_district_council are
-- left out. Estimates only: projections (snpp-* files) are population_projections_by_council.
-- One estimate per district and year: a full MYEB1 file holds every year from 2011, so two
-- editions loaded side by side (mye-2022 and mye-2023) both hold mid-2022; the file whose
-- name sorts last (submission_name: mye-2023 after mye-2022, mye-2022-r2 after mye-2022)
-- gives the year, never the sum of both, as the rates' denominator is one population.
-- references: council -> dim_council.council
CREATE OR REPLACE VIEW population_by_council AS
WITH named AS (
    SELECT p.*, submission_name(p.source_file) AS file_order
    FROM population AS p
    WHERE p.source_file NOT LIKE 'snpp-%'
),
estimates AS (
    SELECT *, max(file_order) OVER (PARTITION BY area_code, mid_year) AS latest_file
    FROM named
)
SELECT
    coalesce(d.council, p.area_code) AS council,
    p.mid_year,
    p.sex,
    p.age,
    a.ascof_band,
    a.older_band,
    sum(p.population) AS population
FROM estimates AS p
LEFT JOIN dim_district_council AS d ON d.district_code = p.area_code
JOIN dim_age_band AS a ON a.age = p.age
WHERE p.file_order = p.latest_file
  AND (p.area_code NOT LIKE 'E07%' OR d.council IS NOT NULL)
GROUP BY ALL;
