-- Children looked after on 31 March per council and financial year (as ind_cla counts
-- them: an episode open that day, after repair, the one that started last for a child
-- with two) by kind of placement (children's home K2, foster care U1-U6, other
-- residential K1, R1, S1, other), placed in the council's area, outside it, or where the
-- placement's postcode district is not known. A count of
-- 1 to care.warehouse.suppression-threshold shows as [c]; where exactly one of a row's
-- three places is hidden, the smallest other one is hidden too, so the row's total
-- cannot give it away.
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
cells AS (
    SELECT *,
        in_area BETWEEN 1 AND {{suppression_threshold}} AS in_small,
        out_of_area BETWEEN 1 AND {{suppression_threshold}} AS out_small,
        area_not_known BETWEEN 1 AND {{suppression_threshold}} AS unknown_small
    FROM counts
),
secondary AS (
    SELECT *,
        CAST(in_small AS INTEGER) + CAST(out_small AS INTEGER) + CAST(unknown_small AS INTEGER) = 1 AS one_hidden,
        least(CASE WHEN NOT in_small THEN in_area END, CASE WHEN NOT out_small THEN out_of_area END,
            CASE WHEN NOT unknown_small THEN area_not_known END) AS next_smallest
    FROM cells
)
SELECT council, financial_year, placement,
    published.shown_count(looked_after) AS looked_after,
    CASE WHEN in_small OR (one_hidden AND in_area = next_smallest) THEN '[c]' ELSE CAST(in_area AS VARCHAR) END
        AS placed_in_area,
    CASE WHEN out_small OR (one_hidden AND out_of_area = next_smallest AND NOT (in_area = next_smallest))
        THEN '[c]' ELSE CAST(out_of_area AS VARCHAR) END AS placed_out_of_area,
    CASE WHEN unknown_small OR (one_hidden AND area_not_known = next_smallest AND NOT (in_area = next_smallest)
            AND NOT (out_of_area = next_smallest))
        THEN '[c]' ELSE CAST(area_not_known AS VARCHAR) END AS placed_area_not_known,
    in_small OR out_small OR unknown_small OR looked_after BETWEEN 1 AND {{suppression_threshold}} AS suppressed
FROM secondary;
