-- materialise: written as Parquet for BI tools, the star schema read without DuckDB
-- Day opportunity placements (service component Day Support), one row per placement,
-- costed or not (2.Services_fact.sql keeps every service), with its weekly and daily cost
-- (service_event_costs: DHSC 6.Costs_fact.sql 49-67 and 89-93; a day is a week / 7,
-- double-up care costs both carers) and how many
-- day placements the person held at the time: a person with in-house and external
-- placements at once holds two.
CREATE OR REPLACE VIEW fct_day_opportunity_placements AS
SELECT
    e.council,
    e.person_key,
    e.provider_id,
    p.provider_name,
    e.provider_type,
    e.primary_support_reason,
    e.age_at_event_start,
    e.event_start_date AS start_date,
    e.event_end_date AS end_date,
    c.cost_per_week,
    c.cost_per_day,
    (SELECT count(*) FROM internal.service_events AS o
     WHERE o.council = e.council AND o.person_key = e.person_key AND o.service_component = 'Day Support'
       AND o.event_start_date <= coalesce(e.event_end_date, DATE '9999-12-31')
       AND coalesce(o.event_end_date, DATE '9999-12-31') >= e.event_start_date) AS placements_at_once
FROM internal.service_events AS e
LEFT JOIN internal.service_event_costs AS c ON c.council = e.council AND c.event_id = e.event_id
LEFT JOIN dim_provider AS p ON p.council = e.council AND p.provider_id = e.provider_id
WHERE e.event_type = 'Service' AND e.service_component = 'Day Support';
