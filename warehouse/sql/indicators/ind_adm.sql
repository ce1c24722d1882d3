-- materialise: computed alone, then read by indicator_values
-- ADM-18-64, ADM-65+ (ASCOF 2B and 2C from 2024-25; 2A(1)/2A(2) before): new long-term
-- admissions to residential and nursing care per 100,000 population, as DHSC's
-- Create_ASCOF_2B2C_2425_Onwards.sql computes them.
-- - Care home services (41-75): long-term residential or nursing services of service
--   users whose birth date is known, not dead before the year starts, whose component
--   names residential or nursing care and is not a short stay (a service with no
--   component does not count: NULL NOT LIKE is not true).
-- - Admissions (82-91): those starting in the year, not ended as self-funded.
-- - New (100-124): no earlier care home service of the person started before it and
--   was still open, or ended fewer than 365 days (setting care.indicators.new-admission-days)
--   before it started.
-- - One band per person (131-146): age at the start of the admission; a person admitted
--   in both bands counts once, in 18-64 (the lower label).
-- - Rows (180-213): every council and year with submissions gets both bands, 0 when no
--   one was admitted; the denominator is the band's mid-year population, and a year with
--   no population estimate has none (so no rate).
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.ind_adm AS
WITH years AS (
    SELECT council, financial_year, mid_year, start_date, end_date FROM service_years
),
care_home AS (
    SELECT y.council, y.financial_year, y.start_date, y.end_date, e.person_key, e.event_start_date,
        e.event_end_date, e.event_outcome,
        cld_age(p.birth_date, e.event_start_date) AS age
    FROM years AS y
    JOIN service_events AS e ON e.council = y.council
    JOIN person_details AS p ON p.council = e.council AND p.person_key = e.person_key
    WHERE e.event_type = 'Service' AND e.client_type = 'Service User'
      AND e.service_type IN ('Long Term Support: Residential Care', 'Long Term Support: Nursing Care')
      AND p.birth_date IS NOT NULL
      AND (p.date_of_death >= y.start_date OR p.date_of_death IS NULL)
      AND (e.service_component ILIKE '%Residential%' OR e.service_component ILIKE '%Nursing%')
      AND e.service_component NOT ILIKE '%Short%'
),
new_admissions AS (
    SELECT a.council, a.financial_year, a.person_key, a.age
    FROM care_home AS a
    WHERE a.event_start_date BETWEEN a.start_date AND a.end_date
      AND (a.event_outcome IS NULL OR a.event_outcome <> 'NFA - Self-funded client (inc. 12wk disregard)')
      AND NOT EXISTS (
          SELECT 1 FROM care_home AS b
          WHERE b.council = a.council AND b.financial_year = a.financial_year AND b.person_key = a.person_key
            AND b.event_start_date < a.event_start_date
            AND (b.event_end_date IS NULL
                OR date_diff('day', b.event_end_date, a.event_start_date) < {{new_admission_days}}))
),
people AS (
    SELECT council, financial_year, person_key,
        min(CASE WHEN age BETWEEN 18 AND 64 THEN '18-64' WHEN age > 64 THEN '65+' END) AS age_band
    FROM new_admissions
    WHERE age >= 18
    GROUP BY ALL
),
bands AS (
    SELECT y.council, y.financial_year, y.mid_year, b.age_band
    FROM years AS y
    CROSS JOIN (VALUES ('18-64'), ('65+')) AS b(age_band)
)
SELECT 'ADM-' || b.age_band AS indicator_id, b.council, b.financial_year, 'All' AS breakdown,
    (SELECT count(*) FROM people AS p
     WHERE p.council = b.council AND p.financial_year = b.financial_year AND p.age_band = b.age_band) AS numerator,
    (SELECT sum(p.population) FROM population_by_council AS p
     WHERE p.council = b.council AND p.mid_year = b.mid_year AND p.ascof_band = b.age_band) AS denominator
FROM bands AS b;
