-- Rank, quartile and comparison of each council's indicator value among all councils and
-- in its region (indicator_benchmarks). A council whose figure is suppressed in
-- published.indicator_figures shows no rank, quartile or comparison; and a pooled
-- all-council or regional value is shown only when no council in its pool is suppressed,
-- since with the other councils' published figures it would give the hidden one away.
-- No figure by provider, as in published.indicator_figures.
CREATE SCHEMA IF NOT EXISTS published;

CREATE OR REPLACE VIEW published.benchmarks AS
WITH marked AS (
    SELECT b.*, coalesce(p.suppressed, false) AS hidden
    FROM indicator_benchmarks AS b
    LEFT JOIN indicators_published AS p ON p.indicator_id = b.indicator_id AND p.council = b.council
        AND p.financial_year = b.financial_year AND p.breakdown = b.breakdown
    WHERE b.provider_id IS NULL
),
pooled AS (
    SELECT *,
        bool_or(hidden) OVER (PARTITION BY indicator_id, financial_year, breakdown) AS all_pool_hidden,
        bool_or(hidden) OVER (PARTITION BY indicator_id, financial_year, breakdown, region) AS region_pool_hidden
    FROM marked
)
SELECT indicator_id, definition_version, council, council_name, region, financial_year, breakdown, polarity,
    CASE WHEN NOT hidden THEN rank_all END AS rank_all,
    councils_all,
    CASE WHEN NOT hidden THEN quartile_all END AS quartile_all,
    CASE WHEN NOT all_pool_hidden THEN all_councils_value END AS all_councils_value,
    CASE WHEN NOT hidden THEN compared_to_all END AS compared_to_all,
    CASE WHEN NOT hidden THEN rank_region END AS rank_region,
    councils_region,
    CASE WHEN NOT hidden THEN quartile_region END AS quartile_region,
    CASE WHEN NOT region_pool_hidden THEN region_value END AS region_value,
    CASE WHEN NOT hidden THEN compared_to_region END AS compared_to_region,
    hidden AS suppressed
FROM pooled;
