-- materialise: computed alone, then read by indicator_values
-- Children looked after on 31 March (SSDA903, fct_child_episodes after repair): distinct
-- children with an episode open that day (DEC blank or later), per 10,000 children aged
-- 0-17 (CLA-RATE); of them, the shares in children's homes (CLA-K2, PLACE K2), in foster
-- care (CLA-FOSTER, U1-U6), with independent fostering agencies (CLA-IFA, U1-U6 with
-- provider PR4 or PR5) and placed outside the council's area (CLA-OUT, of those whose
-- placement postcode is known); and of residential placements (K1, K2, R1, S1), the
-- share outside the area (CLA-RES-OUT). A child with two episodes open that day (LIIA
-- leaves those of the latest collection year as sent) counts with the one that started
-- last, every attribute from that episode: arg_max_null, as arg_max would skip a blank
-- provider or area and take an earlier episode's.
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.ind_cla AS
WITH years AS (
    SELECT DISTINCT e.council, y.financial_year, y.end_date, y.mid_year
    FROM fct_child_episodes AS e
    JOIN dim_financial_year AS y ON y.end_date = make_date(e.collection_year, 3, 31)
),
open AS (
    SELECT y.council, y.financial_year, y.mid_year, e.child_key,
        arg_max_null(e.place, e.decom) AS place,
        arg_max_null(e.place_provider, e.decom) AS provider,
        arg_max_null(e.in_area, e.decom) AS in_area
    FROM years AS y
    JOIN fct_child_episodes AS e ON e.council = y.council AND e.decom <= y.end_date
        AND (e.dec IS NULL OR e.dec > y.end_date)
    GROUP BY ALL
),
counts AS (
    SELECT council, financial_year, mid_year,
        count(*) AS looked_after,
        count(*) FILTER (WHERE place = 'K2') AS childrens_homes,
        count(*) FILTER (WHERE place LIKE 'U%') AS foster,
        count(*) FILTER (WHERE place LIKE 'U%' AND provider IN ('PR4', 'PR5')) AS ifa,
        count(*) FILTER (WHERE in_area IS NOT NULL) AS placed_known,
        count(*) FILTER (WHERE NOT in_area) AS outside,
        count(*) FILTER (WHERE place IN ('K1', 'K2', 'R1', 'S1') AND in_area IS NOT NULL) AS residential,
        count(*) FILTER (WHERE place IN ('K1', 'K2', 'R1', 'S1') AND NOT in_area) AS residential_outside
    FROM open
    GROUP BY ALL
)
SELECT 'CLA-RATE' AS indicator_id, c.council, c.financial_year, 'All' AS breakdown, c.looked_after AS numerator,
    (SELECT sum(p.population) FROM population_by_council AS p
     WHERE p.council = c.council AND p.mid_year = c.mid_year AND p.age < 18) AS denominator
FROM counts AS c
UNION ALL SELECT 'CLA-K2', council, financial_year, 'All', childrens_homes, looked_after FROM counts
UNION ALL SELECT 'CLA-FOSTER', council, financial_year, 'All', foster, looked_after FROM counts
UNION ALL SELECT 'CLA-IFA', council, financial_year, 'All', ifa, looked_after FROM counts
UNION ALL SELECT 'CLA-OUT', council, financial_year, 'All', outside, placed_known FROM counts
UNION ALL SELECT 'CLA-RES-OUT', council, financial_year, 'All', residential_outside, residential FROM counts;
