-- Indicator values for publication: numerator, denominator, value and interval as
-- numbers (the value and interval rounded to the indicator's decimal places), NULL where
-- suppressed; suppressed says so, and the *_display columns hold the figures as text with
-- [c] for a suppressed one, as a table for publication shows them. Where one cell of a
-- breakdown (such as the age bands of RBL-91) is suppressed, the next smallest cell of
-- the same breakdown is suppressed too, so the total cannot give it away. The cells of a
-- breakdown are those that sum to one published total: 'Age: 65-74' and the other age
-- bands sum to 'All'; 'Service: Home Support | Provider type: External' and the other
-- provider types of Home Support sum to 'Service: Home Support', apart from its cells by
-- support reason and age and from every other service's. The costs of one breakdown's
-- services (COST-WEEK, COST-DAY, COST-PERSON, COST-PLACEMENT, COST-LEDGER-WEEK) are
-- figures of the same people: where the people or placements are suppressed, so is every
-- cost of that breakdown (a cost per week of so few people is their packages), and the
-- next smallest cell, by people, is the same for each; so too the day opportunities'
-- placements, spend, people and spend per person. DfE leaves council-level children's
-- figures as they are, so CLA indicators are never suppressed.
CREATE OR REPLACE VIEW indicators_published AS
WITH grouped AS (
    SELECT *,
        CASE WHEN breakdown = 'All' THEN NULL
            WHEN breakdown LIKE '% | %' THEN split_part(breakdown, ' | ', 1) || ' | ' || array_to_string(
                list_transform(string_split(breakdown, ' | ')[2:], lambda p: split_part(p, ': ', 1)), ' | ')
            ELSE split_part(breakdown, ': ', 1) END AS breakdown_group,
        CASE WHEN indicator_id IN ('COST-WEEK', 'COST-DAY', 'COST-PERSON', 'COST-PLACEMENT', 'COST-LEDGER-WEEK')
                THEN 'COST'
            WHEN indicator_id IN ('DAY-PLACEMENTS', 'DAY-SPEND', 'DAY-PEOPLE', 'DAY-SPEND-PERSON') THEN 'DAY'
            ELSE indicator_id END AS family,
        CASE indicator_id WHEN 'COST-PERSON' THEN denominator WHEN 'DAY-PLACEMENTS' THEN numerator END AS family_size
    FROM indicator_values
),
families AS (
    SELECT * EXCLUDE (suppressed, family_size),
        bool_or(suppressed) OVER cell AS suppressed,
        coalesce(max(family_size) OVER cell, numerator) AS size
    FROM grouped
    WINDOW cell AS (PARTITION BY family, council, financial_year, breakdown)
),
secondary AS (
    SELECT *,
        count(*) FILTER (WHERE suppressed) OVER cells AS suppressed_cells,
        row_number() OVER (PARTITION BY indicator_id, council, financial_year, breakdown_group, suppressed
            ORDER BY size, breakdown) AS smallest
    FROM families
    WINDOW cells AS (PARTITION BY indicator_id, council, financial_year, breakdown_group)
),
final AS (
    SELECT *,
        suppressed OR (breakdown_group IS NOT NULL AND NOT suppressed AND suppressed_cells = 1 AND smallest = 1)
            AS hidden
    FROM secondary
)
SELECT indicator_id, definition_version, title, council, council_name, region, financial_year, breakdown, support_at_admission, service_component, support_setting,
    provision, provider_type, provider_id, primary_support_reason, age_band, gender,
    unit,
    CASE WHEN NOT hidden THEN numerator END AS numerator,
    CASE WHEN NOT hidden THEN denominator END AS denominator,
    CASE WHEN NOT hidden THEN round(CAST(value AS DOUBLE), decimals) END AS value,
    CASE WHEN NOT hidden THEN round(CAST(lower_95 AS DOUBLE), decimals) END AS lower_95,
    CASE WHEN NOT hidden THEN round(CAST(upper_95 AS DOUBLE), decimals) END AS upper_95,
    hidden AS suppressed,
    CASE WHEN hidden THEN '[c]' ELSE regexp_replace(CAST(numerator AS VARCHAR), '\.00$', '') END AS numerator_display,
    CASE WHEN hidden THEN '[c]' ELSE regexp_replace(CAST(denominator AS VARCHAR), '\.00$', '') END AS denominator_display,
    CASE WHEN hidden THEN '[c]' ELSE printf('%.' || decimals || 'f', value) END AS value_display,
    CASE WHEN hidden OR lower_95 IS NULL THEN NULL ELSE printf('%.' || decimals || 'f', lower_95) END AS lower_95_display,
    CASE WHEN hidden OR upper_95 IS NULL THEN NULL ELSE printf('%.' || decimals || 'f', upper_95) END AS upper_95_display
FROM final;
