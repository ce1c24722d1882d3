-- materialise: computed alone, then read by indicator_values
-- SDS, DP (ASCOF 3D part 1a and 2a, formerly 1C) and SDS-CARER, DP-CARER (3D part 1b and
-- 2b), as DHSC's Create_ASCOF_3D_2425_Onwards.sql computes them.
-- Clients, a snapshot on the year end:
-- - Services (161-193): long-term service types of service users open on 31 March
--   (started by it, not ended before it, no end before the start), of people not dead
--   before it (person_details). Unlike 2E and 1E (long_term_services), 3D asks for no
--   Service event: another event (a review) with a long-term service type counts.
-- - Setting (100-113, 166-231): a Direct Payment component makes the delivery mechanism
--   a direct payment; nursing 1, residential 2, community by direct payment 3, by
--   council-managed personal budget 4, commissioned 5, any other or no mechanism 6,
--   prison 7-9. Each person is placed in their top setting (239-250), so a direct payment
--   beside a care home does not count.
-- - Age (138-145, 173-178, 273): at 31 March from the person's birth month; under 18s are
--   left out, an unknown age counts in the total only (321-327).
-- - Denominator: people whose top setting is community (295); SDS: by direct payment or
--   personal budget (289-291); DP: by direct payment (311).
-- Carers, in the year:
-- - Carer events (353-375): carers' and carers-known-by-association's events running at
--   some point of the year, of carers not dead before it.
-- - Support (383-422, 123-132): support direct to the carer by direct payment (a Direct
--   Payment component or mechanism) 1, personal budget 2, commissioned 3, unknown
--   mechanism 4; support involving the cared-for person, assessments, reviews and
--   requests rank 4-6. A personal budget or commissioned service without a component
--   falls in no category (NULL NOT LIKE is not true). Each carer takes the top rank
--   (445-481); ranks from 4 are never counted (503), so only 1-3 are derived here.
-- - Denominator: carers whose top support is 1-3 (503); SDS: 1-2 (498); DP: 1 (519).
-- Rows (281-319, 490-527, 570-598): the total and the bands 18-64 and 65+, for every
-- council and year with submissions, 0 when nobody is in them.
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.ind_dp AS
WITH years AS (
    SELECT y.council, y.financial_year, y.start_date, y.end_date, p.person_key, p.birth_date, p.date_of_death
    FROM service_years AS y
    JOIN person_details AS p ON p.council = y.council
),
client_settings AS (
    SELECT y.council, y.financial_year, y.person_key, cld_age(y.birth_date, y.end_date) AS age,
        min(CASE
            WHEN e.service_type = 'Long Term Support: Nursing Care' THEN 1
            WHEN e.service_type = 'Long Term Support: Residential Care' THEN 2
            WHEN e.service_type = 'Long Term Support: Community' THEN
                CASE
                    WHEN e.service_component = 'Direct Payment' OR e.delivery_mechanism = 'Direct Payment' THEN 3
                    WHEN e.delivery_mechanism = 'CASSR Managed Personal Budget' THEN 4
                    WHEN e.delivery_mechanism = 'CASSR Commissioned Support' THEN 5
                    ELSE 6
                END
            WHEN e.delivery_mechanism = 'CASSR Managed Personal Budget'
                AND coalesce(e.service_component, '') <> 'Direct Payment' THEN 7
            WHEN e.delivery_mechanism = 'CASSR Commissioned Support'
                AND coalesce(e.service_component, '') <> 'Direct Payment' THEN 8
            ELSE 9
        END) AS setting
    FROM years AS y
    JOIN service_events AS e ON e.council = y.council AND e.person_key = y.person_key
    WHERE e.client_type = 'Service User'
      AND e.service_type IN ('Long Term Support: Nursing Care', 'Long Term Support: Residential Care',
          'Long Term Support: Community', 'Long Term Support: Prison')
      AND (e.event_end_date >= e.event_start_date OR e.event_end_date IS NULL)
      AND e.event_start_date <= y.end_date
      AND (e.event_end_date >= y.end_date OR e.event_end_date IS NULL)
      AND (y.date_of_death >= y.end_date OR y.date_of_death IS NULL)
    GROUP BY ALL
),
carer_support AS (
    SELECT y.council, y.financial_year, y.person_key, cld_age(y.birth_date, y.end_date) AS age,
        min(CASE
            WHEN e.service_component = 'Direct Payment' OR e.delivery_mechanism = 'Direct Payment' THEN 1
            WHEN e.delivery_mechanism = 'CASSR Managed Personal Budget' AND e.service_component <> 'Direct Payment'
                THEN 2
            WHEN e.delivery_mechanism = 'CASSR Commissioned Support' AND e.service_component <> 'Direct Payment'
                THEN 3
        END) AS support
    FROM years AS y
    JOIN service_events AS e ON e.council = y.council AND e.person_key = y.person_key
    WHERE e.client_type IN ('Carer', 'Carer known by association')
      AND e.service_type = 'Carer Support: Direct to Carer'
      AND e.event_start_date <= y.end_date
      AND (e.event_end_date >= y.start_date OR e.event_end_date IS NULL)
      AND (e.event_end_date >= e.event_start_date OR e.event_end_date IS NULL)
      AND (y.date_of_death >= y.start_date OR y.date_of_death IS NULL)
    GROUP BY ALL
),
counted AS (
    SELECT council, financial_year, person_key, age, 'SDS' AS indicator_id, setting IN (3, 4) AS counts
    FROM client_settings WHERE setting BETWEEN 3 AND 6
    UNION ALL
    SELECT council, financial_year, person_key, age, 'DP', setting = 3
    FROM client_settings WHERE setting BETWEEN 3 AND 6
    UNION ALL
    SELECT council, financial_year, person_key, age, 'SDS-CARER', support IN (1, 2)
    FROM carer_support WHERE support IS NOT NULL
    UNION ALL
    SELECT council, financial_year, person_key, age, 'DP-CARER', support = 1
    FROM carer_support WHERE support IS NOT NULL
),
cells AS (
    SELECT y.council, y.financial_year, i.indicator_id, b.breakdown, b.low, b.high
    FROM (SELECT DISTINCT council, financial_year FROM service_years) AS y
    CROSS JOIN (VALUES ('SDS'), ('DP'), ('SDS-CARER'), ('DP-CARER')) AS i(indicator_id)
    CROSS JOIN (VALUES ('All', NULL, NULL), ('Age: 18-64', 18, 64), ('Age: 65+', 65, NULL)) AS b(breakdown, low, high)
)
SELECT c.indicator_id, c.council, c.financial_year, c.breakdown,
    count(p.person_key) FILTER (WHERE p.counts) AS numerator,
    count(p.person_key) AS denominator
FROM cells AS c
LEFT JOIN counted AS p ON p.council = c.council AND p.financial_year = c.financial_year
    AND p.indicator_id = c.indicator_id
    AND (p.age >= 18 OR p.age IS NULL)
    AND (c.low IS NULL OR p.age >= c.low) AND (c.high IS NULL OR p.age <= c.high)
GROUP BY c.indicator_id, c.council, c.financial_year, c.breakdown;
