-- ONS subnational population projections (the population feed's snpp-* files) by council,
-- mid-year, sex and single year of age, with the indicator age bands: a county council is
-- the sum of its districts, as for the estimates. Where several editions are loaded, an
-- area's figures come from the file whose name sorts last (submission_name: snpp-2022
-- after snpp-2018, snpp-2022-r2 after snpp-2022), so one edition's years are never summed
-- with another's; edition names that file.
-- references: council -> dim_council.council
CREATE OR REPLACE VIEW population_projections_by_council AS
WITH named AS (
    SELECT p.*, submission_name(p.source_file) AS file_order
    FROM population AS p
    WHERE p.source_file LIKE 'snpp-%'
),
projections AS (
    SELECT *, max(file_order) OVER (PARTITION BY area_code) AS latest_file
    FROM named
)
SELECT
    coalesce(d.council, p.area_code) AS council,
    p.mid_year,
    p.sex,
    p.age,
    a.ascof_band,
    a.older_band,
    regexp_replace(p.source_file, '\.csv(\.gz)?$', '', 'i') AS edition,
    CAST(sum(p.population) AS BIGINT) AS population
FROM projections AS p
LEFT JOIN dim_district_council AS d ON d.district_code = p.area_code
JOIN dim_age_band AS a ON a.age = p.age
WHERE p.file_order = p.latest_file
  AND (p.area_code NOT LIKE 'E07%' OR d.council IS NOT NULL)
GROUP BY ALL;
