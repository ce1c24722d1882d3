-- What each costed service cost in each financial year it was open: DHSC's weekly cost
-- (cost_per_week), the days of the service inside the year (clipped to the year and to
-- the service's own dates) and the spend those days make (cost per day x days, to the
-- penny). One-off and uncosted services are left out. asc_fr_setting places the service
-- in the finance return's support settings, to set it beside ledger spend.
CREATE OR REPLACE VIEW fct_service_costs AS
SELECT
    e.council,
    y.financial_year,
    e.person_key,
    e.event_reference,
    e.service_type,
    e.service_component,
    e.provider_id,
    e.provider_type,
    e.primary_support_reason,
    CASE WHEN e.age_at_event_start >= 65 THEN '65+' ELSE '18-64' END AS age_band,
    CASE
        WHEN e.delivery_mechanism = 'Direct Payment' THEN 'Community: Direct Payments'
        WHEN e.service_type = 'Long Term Support: Residential Care' THEN 'Residential'
        WHEN e.service_type = 'Long Term Support: Nursing Care' THEN 'Nursing'
        WHEN e.service_type = 'Short Term Support: ST-Max' THEN 'Short Term: ST-Max'
        WHEN e.service_type LIKE 'Short Term Support:%' THEN 'Short Term: Other'
        WHEN e.service_component = 'Home Support' THEN 'Community: Home Care'
        WHEN e.service_component = 'Community Supported Living' THEN 'Community: Supported Living'
        WHEN e.service_type = 'Long Term Support: Community' THEN 'Community: Other Long Term'
        ELSE 'Other'
    END AS asc_fr_setting,
    cost_per_week(e.unit_cost, e.cost_frequency, e.planned_units_per_week) AS cost_per_week,
    least(coalesce(e.event_end_date, y.end_date), y.end_date) - greatest(e.event_start_date, y.start_date) + 1
        AS days,
    round(cost_per_day(cost_per_week(e.unit_cost, e.cost_frequency, e.planned_units_per_week))
        * (least(coalesce(e.event_end_date, y.end_date), y.end_date) - greatest(e.event_start_date, y.start_date) + 1),
        2) AS spend
FROM service_events AS e
JOIN service_years AS y ON y.council = e.council
    AND e.event_start_date <= y.end_date AND coalesce(e.event_end_date, DATE '9999-12-31') >= y.start_date
WHERE e.event_type = 'Service'
  AND cost_per_week(e.unit_cost, e.cost_frequency, e.planned_units_per_week) IS NOT NULL;
