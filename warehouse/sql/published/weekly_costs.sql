-- Cost per week and per day of each service per council and financial year (cost_spread,
-- DHSC's costing), also by provider type and by support reason and age band (breakdown
-- 'Service: Home Support | Age: 65+' and so on): the placements counted, and the mean and median weekly cost and the
-- median daily cost. No minimum or maximum, each of which is one person's package; and
-- with 1 to care.warehouse.suppression-threshold placements, the placements show as [c]
-- and the costs are not shown.
CREATE SCHEMA IF NOT EXISTS published;

CREATE OR REPLACE VIEW published.weekly_costs AS
SELECT council, financial_year, breakdown,
    published.shown_count(placements) AS placements,
    CASE WHEN placements > {{suppression_threshold}} THEN mean_per_week END AS mean_per_week,
    CASE WHEN placements > {{suppression_threshold}} THEN median_per_week END AS median_per_week,
    CASE WHEN placements > {{suppression_threshold}} THEN median_per_day END AS median_per_day,
    placements BETWEEN 1 AND {{suppression_threshold}} AS suppressed
FROM cost_spread
WHERE breakdown LIKE 'Service: %';
