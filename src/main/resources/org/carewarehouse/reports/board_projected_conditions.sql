-- One council's projected adults with a condition (projected_people, the condition's age
-- bands together): projected population x prevalence rate, with the rate's source.
SELECT
    condition AS "Condition",
    mid_year AS "Year",
    projected_people AS "Projected people",
    source AS "Prevalence source"
FROM projected_people
WHERE council = CAST(? AS VARCHAR) AND age_band = 'All'
ORDER BY condition, mid_year
