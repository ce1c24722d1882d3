-- One council's published headline figures (breakdown All) in every year, with its
-- position among the councils from indicator_benchmarks. Suppressed figures stay [c], and
-- so does their position, which would otherwise hint at the hidden value.
SELECT p.indicator_id, p.title, p.unit, p.financial_year, p.numerator_display AS numerator,
    p.denominator_display AS denominator, p.value_display AS value, p.lower_95_display AS lower_95,
    p.upper_95_display AS upper_95, p.suppressed,
    CASE WHEN NOT p.suppressed THEN b.rank_all END AS rank_all,
    CASE WHEN NOT p.suppressed THEN b.councils_all END AS councils_all,
    CASE WHEN NOT p.suppressed THEN b.quartile_all END AS quartile_all,
    CASE WHEN NOT p.suppressed THEN b.compared_to_all END AS compared_to_all
FROM indicators_published AS p
LEFT JOIN indicator_benchmarks AS b
    ON b.indicator_id = p.indicator_id AND b.council = p.council AND b.financial_year = p.financial_year
    AND b.breakdown = p.breakdown
WHERE p.council = ? AND p.breakdown = 'All'
ORDER BY p.indicator_id, p.financial_year
