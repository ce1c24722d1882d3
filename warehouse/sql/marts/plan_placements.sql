-- Each placement in a service a council's commissioning plan covers (day opportunities:
-- component Day Support), placed in the plan's tier by its price and pattern: the tier
-- whose price unit is the placement's cost frequency (a day, an hour, a session, one-off)
-- and whose price range holds its unit cost. A placement priced another way (a weekly
-- block fee) or outside every range is 'Outside the plan'; where ranges overlap, the
-- tier first by name. cost_per_week is DHSC's (service_event_costs).
-- unique: council, plan, event_id
-- references: council -> dim_council.council
CREATE OR REPLACE VIEW plan_placements AS
WITH plans AS (
    SELECT DISTINCT council, plan, service_component FROM plan_tiers
),
placements AS (
    SELECT p.plan, e.*
    FROM internal.service_events AS e
    JOIN plans AS p ON p.council = e.council AND p.service_component = e.service_component
    WHERE e.event_type = 'Service' AND e.client_type = 'Service User'
),
matched AS (
    SELECT e.council, e.plan, e.event_id, t.tier,
        row_number() OVER (PARTITION BY e.council, e.plan, e.event_id ORDER BY t.tier) AS tier_rank
    FROM placements AS e
    JOIN plan_tiers AS t ON t.council = e.council AND t.plan = e.plan AND t.price_unit = e.cost_frequency
        AND abs(e.unit_cost) BETWEEN t.price_from AND t.price_to
)
SELECT
    e.council,
    e.plan,
    e.event_id,
    e.person_key,
    e.provider_id,
    e.provider_type,
    e.service_component,
    e.event_start_date AS start_date,
    e.event_end_date AS end_date,
    abs(e.unit_cost) AS unit_cost,
    e.cost_frequency,
    e.planned_units_per_week,
    c.cost_per_week,
    coalesce(m.tier, 'Outside the plan') AS tier
FROM placements AS e
LEFT JOIN matched AS m ON m.council = e.council AND m.plan = e.plan AND m.event_id = e.event_id AND m.tier_rank = 1
LEFT JOIN internal.service_event_costs AS c ON c.council = e.council AND c.event_id = e.event_id;
