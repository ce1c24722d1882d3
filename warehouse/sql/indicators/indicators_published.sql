-- Indicator values for publication: suppressed figures (indicator_values.suppressed) are
-- shown as [c] in numerator, denominator, value and interval, and where one cell of a
-- breakdown (such as the age bands of RBL-91) is suppressed, the next smallest cell of
-- the same breakdown is suppressed too, so the total cannot give it away. Values carry
-- the indicator's decimal places. DfE leaves council-level children's figures as they
-- are, so CLA indicators are never suppressed.
CREATE OR REPLACE VIEW indicators_published AS
WITH grouped AS (
    SELECT *,
        CASE WHEN breakdown = 'All' THEN NULL ELSE split_part(breakdown, ' ', 1) END AS breakdown_group
    FROM indicator_values
),
secondary AS (
    SELECT *,
        count(*) FILTER (WHERE suppressed) OVER cells AS suppressed_cells,
        row_number() OVER (PARTITION BY indicator_id, council, financial_year, breakdown_group, suppressed
            ORDER BY numerator, breakdown) AS smallest
    FROM grouped
    WINDOW cells AS (PARTITION BY indicator_id, council, financial_year, breakdown_group)
),
final AS (
    SELECT *,
        suppressed OR (breakdown_group IS NOT NULL AND NOT suppressed AND suppressed_cells = 1 AND smallest = 1)
            AS hidden
    FROM secondary
)
SELECT indicator_id, definition_version, title, council, council_name, region, financial_year, breakdown, unit,
    CASE WHEN hidden THEN '[c]' ELSE regexp_replace(CAST(numerator AS VARCHAR), '\.00$', '') END AS numerator,
    CASE WHEN hidden THEN '[c]' ELSE regexp_replace(CAST(denominator AS VARCHAR), '\.00$', '') END AS denominator,
    CASE WHEN hidden THEN '[c]' ELSE printf('%.' || decimals || 'f', value) END AS value,
    CASE WHEN hidden OR lower_95 IS NULL THEN NULL ELSE printf('%.' || decimals || 'f', lower_95) END AS lower_95,
    CASE WHEN hidden OR upper_95 IS NULL THEN NULL ELSE printf('%.' || decimals || 'f', upper_95) END AS upper_95,
    hidden AS suppressed
FROM final;
