-- Benchmarks for every indicator with a polarity, per financial year and breakdown: rank
-- and quartile (1 = best, by the indicator's polarity) among all councils in the
-- warehouse and within the council's region, and the England-style comparison with the
-- all-council value (pooled: all numerators over all denominators) and the regional one:
-- better or worse when the council's 95% interval lies wholly on one side of it, similar
-- when it spans it. Councils with no region are ranked among all councils only. Tied
-- values share a rank and a quartile (quartile_of; national-definitions section 5), so
-- identical inputs give identical outputs.
CREATE OR REPLACE VIEW indicator_benchmarks AS
WITH v AS (
    SELECT *,
        CASE polarity WHEN 'higher' THEN -value ELSE value END AS goodness
    FROM indicator_values
    WHERE polarity IN ('higher', 'lower') AND value IS NOT NULL
),
ranked AS (
    SELECT v.*,
        indicator_value(sum(v.numerator) OVER all_councils, sum(v.denominator) OVER all_councils, k.has_denominator,
            k.multiplier, k.decimals) AS all_councils_value,
        indicator_value(sum(v.numerator) OVER same_region, sum(v.denominator) OVER same_region, k.has_denominator,
            k.multiplier, k.decimals) AS region_value,
        rank() OVER (PARTITION BY v.indicator_id, v.financial_year, v.breakdown ORDER BY goodness) AS rank_all,
        count(*) OVER all_councils AS councils_all,
        CASE WHEN v.region IS NOT NULL THEN rank() OVER (PARTITION BY v.indicator_id, v.financial_year,
            v.breakdown, v.region ORDER BY goodness) END AS rank_region,
        CASE WHEN v.region IS NOT NULL THEN count(*) OVER same_region END AS councils_region
    FROM v
    JOIN indicator_catalogue AS k ON k.indicator_id = v.indicator_id
    WINDOW all_councils AS (PARTITION BY v.indicator_id, v.financial_year, v.breakdown),
        same_region AS (PARTITION BY v.indicator_id, v.financial_year, v.breakdown, v.region)
)
SELECT indicator_id, definition_version, council, council_name, region, financial_year, breakdown, support_at_admission, service_component, support_setting,
    provision, provider_type, provider_id, primary_support_reason, age_band, gender,
    value,
    lower_95, upper_95, polarity,
    rank_all, councils_all, quartile_of(rank_all, councils_all) AS quartile_all, all_councils_value,
    compared(lower_95, upper_95, all_councils_value, polarity) AS compared_to_all,
    rank_region, councils_region, quartile_of(rank_region, councils_region) AS quartile_region, region_value,
    CASE WHEN region IS NOT NULL THEN compared(lower_95, upper_95, region_value, polarity) END AS compared_to_region
FROM ranked;
