-- Two cells of indicators_published that are one set of people under two labels (the
-- same figures in every indicator both publish: alias_members,
-- warehouse/sql/staging/suppression.sql, read from the unsuppressed indicator_values) are
-- hidden together or shown together: one shown would publish the other's hidden figures.
-- secondary_suppression repeats its passes until this holds; this checks the catalog as
-- published.
WITH figures AS (
    SELECT suppression_family AS family, council, financial_year, breakdown, indicator_id, numerator, denominator
    FROM indicator_values
),
hidden AS (
    SELECT council, financial_year, breakdown, bool_or(suppressed) AS suppressed, NULL AS size,
        any_value(family) AS family
    FROM indicators_published AS p
    JOIN (SELECT DISTINCT indicator_id, family FROM figures) AS f USING (indicator_id)
    GROUP BY council, financial_year, breakdown, family
),
aliases AS (
    FROM alias_members('hidden', 'figures')
)
SELECT grp, count(*) AS cells
FROM aliases
GROUP BY grp
HAVING bool_or(suppressed) AND NOT bool_and(suppressed)
