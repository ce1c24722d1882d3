-- materialise: computed alone, then read by indicator_values
-- HOME-18-64, HOME-65+ and HOME-LD (ASCOF 2E, formerly 1G; 2E LD): the share of people
-- receiving long-term support in the year who live in their own home or with family, as
-- DHSC's Create_ASCOF_2E_2425_Onwards.sql computes it and ASCOF_main_script.sql runs it
-- (125-163: once for all support reasons, once with the learning disability filter).
-- - Clients (134-149): long-term services (long_term_services) running at some point of
--   the year.
-- - Age (176-205): at the end of the person's latest such service, capped at the year end.
-- - Person (208-226): the latest known details (person_details): not dead before the year
--   starts; aged 18 or over, an unknown age left out of every band (266, 283). HOME-LD
--   keeps people whose support reason is Learning Disability Support, aged 18-64 (104-124,
--   212, 248).
-- - Settled (70-96, 246, 265): the person's accommodation status, as person_details
--   derives it (from services when unknown), is settled in dim_accommodation_status; an
--   unknown or invalid status stays in the denominator.
-- - Rows (257-409): by age band, and within it by sex (Male, Female; every other sex is
--   in the total only); every council and year with submissions gets a row, 0 when nobody
--   is in it.
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.ind_home AS
WITH clients AS (
    SELECT y.council, y.financial_year, y.start_date, e.person_key,
        max(least(coalesce(e.event_end_date, DATE '9999-01-01'), y.end_date)) AS latest_end
    FROM service_years AS y
    JOIN long_term_services AS e ON e.council = y.council
    WHERE e.event_start_date <= y.end_date
      AND (e.event_end_date >= y.start_date OR e.event_end_date IS NULL)
    GROUP BY ALL
),
people AS (
    SELECT c.council, c.financial_year, c.person_key, p.gender,
        coalesce(a.settled, false) AS settled,
        p.primary_support_reason = 'Learning Disability Support' AS learning_disability,
        CASE WHEN cld_age(p.birth_date, c.latest_end) BETWEEN 18 AND 64 THEN '18-64'
             WHEN cld_age(p.birth_date, c.latest_end) >= 65 THEN '65+' END AS age_band
    FROM clients AS c
    JOIN person_details AS p ON p.council = c.council AND p.person_key = c.person_key
    LEFT JOIN dim_accommodation_status AS a ON a.accommodation_status = p.accommodation_status
    WHERE p.date_of_death >= c.start_date OR p.date_of_death IS NULL
),
cohorts AS (
    SELECT council, financial_year, person_key, gender, settled, 'HOME-' || age_band AS indicator_id
    FROM people
    WHERE age_band IS NOT NULL
    UNION ALL
    SELECT council, financial_year, person_key, gender, settled, 'HOME-LD'
    FROM people
    WHERE learning_disability AND age_band = '18-64'
),
cells AS (
    SELECT y.council, y.financial_year, i.indicator_id, b.breakdown, b.gender
    FROM service_years AS y
    CROSS JOIN (VALUES ('HOME-18-64'), ('HOME-65+'), ('HOME-LD')) AS i(indicator_id)
    CROSS JOIN (VALUES ('All', NULL), ('Gender: Male', 'Male'), ('Gender: Female', 'Female')) AS b(breakdown, gender)
)
SELECT c.indicator_id, c.council, c.financial_year, c.breakdown,
    count(p.person_key) FILTER (WHERE p.settled) AS numerator,
    count(p.person_key) AS denominator
FROM cells AS c
LEFT JOIN cohorts AS p ON p.council = c.council AND p.financial_year = c.financial_year
    AND p.indicator_id = c.indicator_id AND (c.gender IS NULL OR p.gender = c.gender)
GROUP BY c.indicator_id, c.council, c.financial_year, c.breakdown;
