-- materialise: computed once a run, since the board report reads it for every council
-- Every council's ASCOF measures from NHS England's published measures file, ranked among
-- all the councils in it, beside the warehouse's own value. One row per council, year and
-- ASCOF measure code (a measure and its disaggregation, 2C or 2B1864): the file's
-- numerator, denominator and outcome, its rank among the councils with an outcome (1 the
-- highest; tied outcomes share a rank) and, for a council the warehouse holds, the value
-- of the indicator whose catalogue entry names that code (ascof_new: 3D(2a) is 3D2A) for
-- all of the council (breakdown All); a code two indicators share (2E, which the
-- catalogue gives HOME-18-64 and HOME-65+ alike) names neither, so has no own value.
-- unique: council, financial_year, measure_code
CREATE OR REPLACE VIEW national_measures AS
WITH published AS (
    SELECT
        ons_code AS council,
        geography_name,
        financial_year,
        measure_code,
        measure_group,
        measure_group_description,
        disaggregation,
        max(measure_value) FILTER (WHERE measure_type = 'Numerator') AS ascof_numerator,
        max(measure_value) FILTER (WHERE measure_type = 'Denominator') AS ascof_denominator,
        max(measure_value) FILTER (WHERE measure_type = 'Outcome') AS ascof_outcome
    FROM ascof_measures
    WHERE geography_level = 'Council'
    GROUP BY ALL
),
own AS (
    SELECT v.council, v.financial_year, v.indicator_id,
        upper(regexp_replace(c.ascof_new, '[^0-9A-Za-z]', '', 'g')) AS measure_code, v.value
    FROM indicator_values AS v
    JOIN indicator_catalogue AS c USING (indicator_id)
    WHERE v.breakdown = 'All' AND coalesce(c.ascof_new, '') <> ''
    QUALIFY count(*) OVER (PARTITION BY v.council, v.financial_year, measure_code) = 1
)
SELECT
    p.council,
    p.geography_name,
    p.financial_year,
    p.measure_code,
    p.measure_group,
    p.measure_group_description,
    p.disaggregation,
    p.ascof_numerator,
    p.ascof_denominator,
    p.ascof_outcome,
    CASE WHEN p.ascof_outcome IS NOT NULL THEN rank() OVER (
        PARTITION BY p.financial_year, p.measure_code, p.ascof_outcome IS NULL
        ORDER BY p.ascof_outcome DESC) END AS rank_highest_first,
    count(p.ascof_outcome) OVER (PARTITION BY p.financial_year, p.measure_code) AS councils_ranked,
    o.indicator_id,
    o.value AS warehouse_value
FROM published AS p
LEFT JOIN own AS o ON o.council = p.council AND o.financial_year = p.financial_year
    AND o.measure_code = upper(p.measure_code);
