-- Cost per week and per day of each service per council and financial year (cost_spread,
-- DHSC's costing), also by provider type and by support reason and age band (breakdown
-- 'Service: Home Support | Age: 65+' and so on): the placements counted, and the mean and median weekly cost and the
-- median daily cost. No minimum or maximum, each of which is one person's package. A
-- breakdown is hidden exactly where indicators_published hides the same breakdown's
-- service costs (COST-PLACEMENT): with 1 to care.warehouse.suppression-threshold people
-- or placements, or as the next smallest cell beside such a one, so that the service's
-- placements less its other cells cannot give it away; the placements then show as [c]
-- and the costs are not shown. Hiding the same cells as published.indicator_figures, the
-- two cannot be set side by side to find a hidden one.
CREATE SCHEMA IF NOT EXISTS published;

CREATE OR REPLACE VIEW published.weekly_costs AS
WITH marked AS (
    SELECT c.*,
        coalesce(p.suppressed, c.placements BETWEEN 1 AND {{suppression_threshold}}) AS hidden
    FROM cost_spread AS c
    LEFT JOIN indicators_published AS p ON p.indicator_id = 'COST-PLACEMENT' AND p.council = c.council
        AND p.financial_year = c.financial_year AND p.breakdown = c.breakdown
    WHERE c.breakdown LIKE 'Service: %'
)
SELECT council, financial_year, breakdown,
    CASE WHEN hidden THEN '[c]' ELSE CAST(placements AS VARCHAR) END AS placements,
    CASE WHEN NOT hidden THEN mean_per_week END AS mean_per_week,
    CASE WHEN NOT hidden THEN median_per_week END AS median_per_week,
    CASE WHEN NOT hidden THEN median_per_day END AS median_per_day,
    hidden AS suppressed
FROM marked;
