-- Indicator values for publication: numerator, denominator, value and interval as
-- numbers (the value and interval rounded to the indicator's decimal places), NULL where
-- suppressed; suppressed says so, and the *_display columns hold the figures as text with
-- [c] for a suppressed one, as a table for publication shows them. Beside the figures
-- suppressed in indicator_values, secondary_suppression hides the next smallest cell of
-- any group that would give a hidden one away (warehouse/sql/staging/suppression.sql:
-- exactly one hidden member, or hidden cells adding up to their number). The groups are
-- breakdown_members': a cell is in every group it adds up to whose total is published
-- for the same indicator, council and year ('Support at admission: X | Age: 65-74' in
-- the age bands of X, summing to 'Support at admission: X', and in the support values at
-- 65-74, summing to 'Age: 65-74'), in the group of its breakdown's first part (a
-- setting's age bands: 'Setting: Nursing' is no breakdown, but a setting is mostly one
-- service, and its two age bands add up to that service's published total) and in its
-- whole breakdown, which adds up to 'All' whether 'All' is published or not (any other
-- whole breakdown gives it). 'Service | Support reason | Age' is thus grouped within
-- each service and over all services; its cells of one support reason or one age band
-- within a service add up to nothing published, and are not grouped. Two cells of a
-- family, council and year alike in every figure both publish, under labels that can
-- hold the same people, are one cell published twice (alias_members): 'Setting: Short
-- Term: Other | Age: 65+' is 'Service: Short Term Residential Care' where that setting
-- is that one service and its people all 65+, so where one is hidden, so is the other,
-- in the same passes. Two cells alike by chance are hidden together too, a cell more
-- than needed. Left open: a setting and age band that is exactly one service at that age
-- gives that service's support reasons at that age a total ('Setting: Nursing | Age:
-- 18-64' is Long Term Nursing Care at 18-64 in the sample), which no published cell of
-- the service is alike to, and is not looked for. The costs of one breakdown's
-- services (COST-WEEK, COST-DAY, COST-PERSON, COST-PLACEMENT, COST-LEDGER-WEEK) are
-- figures of the same people: where the people or placements are suppressed, so is every
-- cost of that breakdown (a cost per week of so few people is their packages), and the
-- next smallest cell, by people, is the same for each; so too the day opportunities'
-- placements, spend, people and spend per person, by placements. The catalogue says so
-- (indicators.csv: an indicator's suppression_family, and suppression_size on the one
-- whose numerator or denominator sizes the family's cells). DfE leaves council-level
-- children's figures as they are, so its counts (CLA-RATE, CLA-OUT...) are never
-- suppressed; CLA-COST-DAY, the warehouse's own, is where it rests on 1 to the threshold
-- children.
CREATE OR REPLACE VIEW indicators_published AS
WITH grouped AS (
    SELECT *, suppression_family AS family,
        CASE suppression_size WHEN 'numerator' THEN numerator WHEN 'denominator' THEN denominator END AS family_size
    FROM indicator_values
),
cells AS (
    SELECT family, council, financial_year, breakdown,
        bool_or(suppressed) AS suppressed,
        coalesce(max(family_size), max(numerator)) AS size
    FROM grouped
    GROUP BY ALL
),
figures AS (
    SELECT family, council, financial_year, breakdown, indicator_id, numerator, denominator
    FROM grouped
),
members AS (
    FROM breakdown_members('cells')
    UNION ALL BY NAME
    FROM alias_members('cells', 'figures')
),
secondary AS (
    FROM secondary_suppression('members')
),
final AS (
    SELECT g.*, coalesce(s.hidden, c.suppressed) AS hidden
    FROM grouped AS g
    JOIN cells AS c USING (family, council, financial_year, breakdown)
    LEFT JOIN secondary AS s ON s.cell = indicator_cell(g.family, g.council, g.financial_year, g.breakdown)
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
