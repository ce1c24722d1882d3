-- DHSC's cost rules: the absolute unit cost times units a week, where weekly is 1,
-- fortnightly 1/2, four-weekly 1/4, monthly 12/52, quarterly 4/52 and annual 1/52, and
-- hourly, daily and per-session costs use the planned units a week; one-off costs and
-- rows with no or zero cost have no weekly cost. Money stays DECIMAL: the fractions are
-- 10-place decimal constants (DuckDB's decimal division would give a DOUBLE), and the
-- result keeps 4 places.
CREATE OR REPLACE MACRO cost_per_week(unit_cost, frequency, planned_units) AS
    CAST(CASE
        WHEN unit_cost IS NULL OR unit_cost = 0 THEN NULL
        WHEN frequency = 'Weekly' THEN abs(unit_cost)
        WHEN frequency = 'Fortnightly' THEN abs(unit_cost) * 0.5
        WHEN frequency = 'Four-weekly' THEN abs(unit_cost) * 0.25
        WHEN frequency = 'Monthly' THEN abs(unit_cost) * 0.2307692308
        WHEN frequency = 'Quarterly' THEN abs(unit_cost) * 0.0769230769
        WHEN frequency = 'Annually' THEN abs(unit_cost) * 0.0192307692
        WHEN frequency IN ('Hourly', 'Daily', 'Per session') THEN abs(unit_cost) * planned_units
        ELSE NULL
    END AS DECIMAL(18, 4));

-- Cost per day is cost per week / 7 (DHSC), kept DECIMAL the same way.
CREATE OR REPLACE MACRO cost_per_day(weekly) AS CAST(weekly * 0.1428571429 AS DECIMAL(18, 4));
