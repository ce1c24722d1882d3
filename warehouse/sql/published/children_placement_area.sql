-- Children looked after on 31 March per council and financial year (as ind_cla counts
-- them: an episode open that day, after repair, the one that started last for a child
-- with two) by kind of placement (children's home K2, foster care U1-U6, other
-- residential K1, R1, S1, other), placed in the council's area, outside it, or where the
-- placement's postcode district is not known. A count of
-- 1 to care.warehouse.suppression-threshold shows as [c], and secondary_suppression hides
-- more where a total would give a hidden count away: a row's places add up to its
-- children looked after, and each column, over the kinds of placement, to a figure the
-- CLA indicators publish unsuppressed (children looked after, CLA-RATE; placed outside
-- the area, CLA-OUT's numerator; in the area, its denominator less its numerator; area
-- not known, the rest), so a single hidden count down a column, or hidden counts adding
-- up to their number in a row whose total is shown, are given away too. CLA-K2 and
-- CLA-FOSTER publish the children's home and foster care rows' totals unsuppressed as
-- well (DfE's practice for council-level children's figures).
CREATE SCHEMA IF NOT EXISTS published;

CREATE OR REPLACE VIEW published.children_placement_area AS
WITH years AS (
    SELECT DISTINCT e.council, y.financial_year, y.end_date
    FROM fct_child_episodes AS e
    JOIN dim_financial_year AS y ON y.end_date = make_date(e.collection_year, 3, 31)
),
open AS (
    SELECT y.council, y.financial_year, e.child_key,
        arg_max_null(e.place, e.decom) AS place,
        arg_max_null(e.in_area, e.decom) AS in_area
    FROM years AS y
    JOIN fct_child_episodes AS e ON e.council = y.council AND e.decom <= y.end_date
        AND (e.dec IS NULL OR e.dec > y.end_date)
    GROUP BY ALL
),
counts AS (
    SELECT council, financial_year,
        CASE WHEN place = 'K2' THEN 'Children''s home'
            WHEN place LIKE 'U%' THEN 'Foster care'
            WHEN place IN ('K1', 'R1', 'S1') THEN 'Other residential'
            ELSE 'Other' END AS placement,
        CAST(count(*) AS BIGINT) AS looked_after,
        CAST(count(*) FILTER (WHERE in_area) AS BIGINT) AS in_area,
        CAST(count(*) FILTER (WHERE NOT in_area) AS BIGINT) AS out_of_area,
        CAST(count(*) FILTER (WHERE in_area IS NULL) AS BIGINT) AS area_not_known
    FROM open
    GROUP BY ALL
),
places AS (
    SELECT council, financial_year, placement,
        unnest(['Looked after', 'In area', 'Out of area', 'Not known']) AS place,
        unnest([looked_after, in_area, out_of_area, area_not_known]) AS children
    FROM counts
),
-- each kind of placement's places add up to its children looked after, and each place,
-- over the kinds, to what CLA-RATE and CLA-OUT publish unsuppressed (all looked after,
-- outside the area, and those whose area is known)
members AS (
    SELECT {'council': council, 'financial_year': financial_year, 'placement': placement} AS grp, 1 AS level,
        {'council': council, 'financial_year': financial_year, 'placement': placement, 'place': place} AS cell,
        place = 'Looked after' AS total, children AS size, children BETWEEN 1 AND {{suppression_threshold}} AS suppressed
    FROM places
    UNION ALL
    SELECT {'council': council, 'financial_year': financial_year, 'place': place}, 1,
        {'council': council, 'financial_year': financial_year, 'placement': placement, 'place': place},
        false, children, children BETWEEN 1 AND {{suppression_threshold}}
    FROM places
),
secondary AS (
    FROM secondary_suppression('members')
),
shown AS (
    SELECT p.council, p.financial_year, p.placement, p.place, s.hidden,
        CASE WHEN s.hidden THEN '[c]' ELSE CAST(p.children AS VARCHAR) END AS shown
    FROM places AS p
    JOIN secondary AS s ON s.cell = {'council': p.council, 'financial_year': p.financial_year,
        'placement': p.placement, 'place': p.place}
)
SELECT council, financial_year, placement,
    any_value(shown) FILTER (WHERE place = 'Looked after') AS looked_after,
    any_value(shown) FILTER (WHERE place = 'In area') AS placed_in_area,
    any_value(shown) FILTER (WHERE place = 'Out of area') AS placed_out_of_area,
    any_value(shown) FILTER (WHERE place = 'Not known') AS placed_area_not_known,
    bool_or(hidden) AS suppressed
FROM shown
GROUP BY ALL;
