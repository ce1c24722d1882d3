-- Benchmarks for every indicator with a polarity, per financial year and breakdown: rank
-- and quartile (1 = best, by the indicator's polarity) among all councils in the
-- warehouse and within the council's region, and the England-style comparison with the
-- all-council value (pooled: all numerators over all denominators) and the regional one:
-- better or worse when the council's 95% interval lies wholly on one side of it, similar
-- when it spans it. Councils with no region are ranked among all councils only.
CREATE OR REPLACE VIEW indicator_benchmarks AS
WITH v AS (
    SELECT *,
        CASE polarity WHEN 'higher' THEN -value ELSE value END AS goodness
    FROM indicator_values
    WHERE polarity IN ('higher', 'lower') AND value IS NOT NULL
),
pooled AS (
    SELECT v.*,
        exact_ratio(sum(v.numerator) OVER all_councils, sum(v.denominator) OVER all_councils, k.multiplier, k.decimals)
            AS all_councils_value,
        exact_ratio(sum(v.numerator) OVER same_region, sum(v.denominator) OVER same_region, k.multiplier, k.decimals)
            AS region_value,
        rank() OVER (PARTITION BY v.indicator_id, v.financial_year, v.breakdown ORDER BY goodness) AS rank_all,
        count(*) OVER all_councils AS councils_all,
        ntile(4) OVER (PARTITION BY v.indicator_id, v.financial_year, v.breakdown ORDER BY goodness) AS quartile_all,
        CASE WHEN v.region IS NOT NULL THEN rank() OVER (PARTITION BY v.indicator_id, v.financial_year,
            v.breakdown, v.region ORDER BY goodness) END AS rank_region,
        CASE WHEN v.region IS NOT NULL THEN count(*) OVER same_region END AS councils_region,
        CASE WHEN v.region IS NOT NULL THEN ntile(4) OVER (PARTITION BY v.indicator_id, v.financial_year,
            v.breakdown, v.region ORDER BY goodness) END AS quartile_region
    FROM v
    JOIN indicator_catalogue AS k ON k.indicator_id = v.indicator_id
    WINDOW all_councils AS (PARTITION BY v.indicator_id, v.financial_year, v.breakdown),
        same_region AS (PARTITION BY v.indicator_id, v.financial_year, v.breakdown, v.region)
)
SELECT indicator_id, definition_version, council, council_name, region, financial_year, breakdown, value,
    lower_95, upper_95, polarity,
    rank_all, councils_all, quartile_all, all_councils_value,
    compared(lower_95, upper_95, all_councils_value, polarity) AS compared_to_all,
    rank_region, councils_region, quartile_region, region_value,
    CASE WHEN region IS NOT NULL THEN compared(lower_95, upper_95, region_value, polarity) END AS compared_to_region
FROM pooled;
