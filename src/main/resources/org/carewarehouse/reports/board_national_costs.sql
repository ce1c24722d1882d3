-- One council's care home unit costs in the latest year of the published ASC-FR data file
-- (national_unit_costs): the file's cost a week, the council's rank among all councils in
-- it (1 the highest cost) and the warehouse's own figure from the services feed.
WITH chosen AS (SELECT CAST(? AS VARCHAR) AS council)
SELECT
    n.financial_year AS "Year",
    n.care_home_setting AS "Setting",
    n.age_band AS "Age band",
    n.national_unit_cost AS "ASC-FR cost a week",
    CASE WHEN n.rank_highest_first IS NOT NULL THEN n.rank_highest_first || ' of ' || n.councils_ranked END
        AS "Rank (1 = highest)",
    n.warehouse_unit_cost AS "Warehouse cost a week"
FROM national_unit_costs AS n
JOIN chosen USING (council)
WHERE n.financial_year = (SELECT max(financial_year) FROM national_unit_costs JOIN chosen USING (council))
ORDER BY n.care_home_setting, n.age_band
