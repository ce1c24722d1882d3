-- materialise: written as Parquet for BI tools, the star schema read without DuckDB
-- Care home placements: long-term residential and nursing care and short stays, one row
-- per placement, costed or not (2.Services_fact.sql keeps every service), with its weekly
-- cost (service_event_costs: DHSC 6.Costs_fact.sql 49-67 and 89-93, double-up care
-- costing both carers) and how many care home placements the person held at the time.
CREATE OR REPLACE VIEW fct_care_home_placements AS
SELECT
    e.council,
    e.person_key,
    e.provider_id,
    p.provider_name,
    e.provider_type,
    CASE WHEN e.service_component LIKE '%Nursing%' OR e.service_type LIKE '%Nursing%' THEN 'Nursing'
         ELSE 'Residential' END AS care_home_type,
    CASE WHEN e.service_component LIKE '%Short%' THEN 'Short stay' ELSE 'Long term' END AS term,
    e.primary_support_reason,
    e.age_at_event_start,
    e.event_start_date AS start_date,
    e.event_end_date AS end_date,
    e.event_outcome,
    c.cost_per_week,
    (SELECT count(*) FROM internal.service_events AS o
     WHERE o.council = e.council AND o.person_key = e.person_key
       AND (o.service_type IN ('Long Term Support: Residential Care', 'Long Term Support: Nursing Care')
            OR o.service_component IN ('Short Term Residential Care', 'Short Term Nursing Care'))
       AND o.event_start_date <= coalesce(e.event_end_date, DATE '9999-12-31')
       AND coalesce(o.event_end_date, DATE '9999-12-31') >= e.event_start_date) AS placements_at_once
FROM internal.service_events AS e
LEFT JOIN internal.service_event_costs AS c ON c.council = e.council AND c.event_id = e.event_id
LEFT JOIN dim_provider AS p ON p.council = e.council AND p.provider_id = e.provider_id
WHERE e.event_type = 'Service'
  AND (e.service_type IN ('Long Term Support: Residential Care', 'Long Term Support: Nursing Care')
       OR e.service_component IN ('Short Term Residential Care', 'Short Term Nursing Care'));
