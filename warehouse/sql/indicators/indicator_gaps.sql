-- Data quality: the indicator figures that have no value for want of an input, one row
-- per council, financial year, indicator and what is missing (national-definitions
-- section 5: no value without a denominator, never the count published as a rate). A
-- count or sum misses only its numerator; a rate or share also misses its denominator
-- when it is absent (such as a year with no population estimate) or zero. breakdowns
-- counts the figures affected, first_breakdown names one of them.
CREATE OR REPLACE VIEW indicator_gaps AS
WITH values_defined AS (
    SELECT v.*, k.numerator_definition, k.denominator_definition, k.has_denominator
    FROM indicator_values AS v
    JOIN indicator_catalogue AS k ON k.indicator_id = v.indicator_id
),
missing AS (
    SELECT *, 'numerator' AS missing, numerator_definition AS definition
    FROM values_defined WHERE numerator IS NULL
    UNION ALL
    SELECT *, 'denominator', denominator_definition
    FROM values_defined WHERE has_denominator AND denominator IS NULL
    UNION ALL
    SELECT *, 'denominator is zero', denominator_definition
    FROM values_defined WHERE has_denominator AND denominator = 0
)
SELECT council, council_name, financial_year, indicator_id, definition_version, missing, definition,
    count(*) AS breakdowns, min(breakdown) AS first_breakdown
FROM missing
GROUP BY council, council_name, financial_year, indicator_id, definition_version, missing, definition;
