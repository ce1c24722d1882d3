-- ADM (ASCOF 2A(1), 2A(2) before 2023-24; 2B, 2C after): permanent admissions to
-- residential and nursing care per 100,000 population, aged 18-64 and 65+.
-- A new admission is a long-term residential or nursing service (no "Short" component)
-- for a service user starting in the year, not ended as self-funded, for a person alive
-- at the start of the year, with no earlier care home service for the same person and
-- council open, or ended fewer than 365 days, before it. A person counts once per age
-- band, aged at the service start; the denominator is the band's mid-year population.
CREATE OR REPLACE VIEW ind_adm AS
WITH care_home AS (
    SELECT council, person_key, event_start_date, event_end_date, age_at_event_start, event_outcome, date_of_death,
        -- the latest end of the person's earlier care home services (open ones end never)
        max(coalesce(event_end_date, DATE '9999-12-31')) OVER (
            PARTITION BY council, person_key ORDER BY event_start_date
            RANGE BETWEEN UNBOUNDED PRECEDING AND INTERVAL 1 DAY PRECEDING) AS earlier_end
    FROM service_events
    WHERE event_type = 'Service' AND client_type = 'Service User'
      AND service_type IN ('Long Term Support: Residential Care', 'Long Term Support: Nursing Care')
      AND coalesce(service_component, '') NOT LIKE '%Short%'
),
admissions AS (
    SELECT DISTINCT c.council, y.financial_year, y.mid_year, c.person_key,
        CASE WHEN c.age_at_event_start >= 65 THEN '65+' ELSE '18-64' END AS age_band
    FROM care_home AS c
    JOIN service_years AS y ON y.council = c.council AND c.event_start_date BETWEEN y.start_date AND y.end_date
    WHERE c.age_at_event_start >= 18
      AND coalesce(c.event_outcome, '') NOT LIKE 'NFA - Self-funded client%'
      AND (c.date_of_death IS NULL OR c.date_of_death >= y.start_date)
      AND (c.earlier_end IS NULL OR c.earlier_end <= c.event_start_date - INTERVAL 365 DAY)
)
SELECT 'ADM-' || a.age_band AS indicator_id, a.council, a.financial_year, 'All' AS breakdown,
    count(*) AS numerator,
    (SELECT sum(p.population) FROM population_by_council AS p
     WHERE p.council = a.council AND p.mid_year = a.mid_year AND p.ascof_band = a.age_band) AS denominator
FROM admissions AS a
GROUP BY a.council, a.financial_year, a.mid_year, a.age_band;
