-- RBL-91 (ASCOF 2B(1) before 2023-24): people aged 65+ discharged from hospital between 1
-- October and 31 December into reablement (an ST-Max service starting within 7 days of a
-- discharge, reached by a request whose route of access is Discharge from Hospital), and
-- of those, the people at home 91 days after discharge: alive, not in hospital (no
-- emergency readmission since discharge that a later discharge has not ended) and in no
-- residential or nursing care. A person counts once a year, from their first such
-- discharge. By age band and sex as well as overall.
CREATE OR REPLACE VIEW ind_rbl_91 AS
WITH cohort AS (
    SELECT s.council, y.financial_year, s.person_key,
        min(d.discharge_date) AS discharged,
        arg_min(s.age_at_event_start, d.discharge_date) AS age
    FROM service_events AS s
    JOIN service_years AS y ON y.council = s.council
    JOIN hospital_discharges AS d ON d.council = s.council AND d.person_key = s.person_key
    WHERE s.event_type = 'Service' AND s.service_type = 'Short Term Support: ST-Max'
      AND s.age_at_event_start >= 65
      AND d.discharge_date BETWEEN make_date(year(y.start_date), 10, 1) AND make_date(year(y.start_date), 12, 31)
      AND s.event_start_date BETWEEN d.discharge_date AND d.discharge_date + 7
      AND EXISTS (
          SELECT 1 FROM service_events AS r
          WHERE r.council = s.council AND r.person_key = s.person_key AND r.event_type = 'Request'
            AND r.route_of_access = 'Discharge from Hospital'
            AND r.event_start_date BETWEEN d.discharge_date - 7 AND s.event_start_date)
    GROUP BY s.council, y.financial_year, s.person_key
),
outcomes AS (
    SELECT c.*, p.gender,
        CASE WHEN c.age < 75 THEN '65-74' WHEN c.age < 85 THEN '75-84' ELSE '85+' END AS age_band,
        (p.date_of_death IS NULL OR p.date_of_death > c.discharged + 91)
        AND NOT EXISTS (
            SELECT 1 FROM hospital_discharges AS h
            WHERE h.council = c.council AND h.person_key = c.person_key
              AND h.readmission_date > c.discharged AND h.readmission_date <= c.discharged + 91
              AND NOT EXISTS (
                  SELECT 1 FROM hospital_discharges AS later
                  WHERE later.council = c.council AND later.person_key = c.person_key
                    AND later.discharge_date >= h.readmission_date AND later.discharge_date <= c.discharged + 91))
        AND NOT EXISTS (
            SELECT 1 FROM service_events AS e
            WHERE e.council = c.council AND e.person_key = c.person_key AND e.event_type = 'Service'
              AND (e.service_type IN ('Long Term Support: Residential Care', 'Long Term Support: Nursing Care')
                   OR e.service_component IN ('Short Term Residential Care', 'Short Term Nursing Care'))
              AND e.event_start_date <= c.discharged + 91
              AND coalesce(e.event_end_date, DATE '9999-12-31') >= c.discharged + 91) AS at_home
    FROM cohort AS c
    LEFT JOIN people AS p ON p.council = c.council AND p.person_key = c.person_key
)
SELECT 'RBL-91' AS indicator_id, council, financial_year,
    CASE WHEN grouping(age_band) = 0 THEN 'Age ' || age_band
         WHEN grouping(gender) = 0 THEN 'Sex ' || coalesce(gender, 'Unknown')
         ELSE 'All' END AS breakdown,
    count(*) FILTER (WHERE at_home) AS numerator,
    count(*) AS denominator
FROM outcomes
GROUP BY GROUPING SETS ((council, financial_year), (council, financial_year, age_band),
    (council, financial_year, gender));
