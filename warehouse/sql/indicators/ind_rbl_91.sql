-- materialise: computed alone, then read by indicator_values
-- RBL-91 (ASCOF 2B(1) before 2023-24; no national CLD code, so the domain notes'
-- definition): people aged 65+ at discharge, discharged from hospital between 1 October
-- and 31 December into reablement, and of those, the people at home {{at_home_days}} days
-- after discharge: alive, not in hospital, and in no residential or nursing care. Into
-- reablement: a reablement cluster as 2D forms them (reablement_clusters, scope
-- 'Reablement') starting from {{discharge_after_days}} days before to
-- {{discharge_before_days}} days after the discharge (2D's link window), reached by a
-- request whose route of access is Discharge from Hospital, made from
-- {{discharge_before_days}} days before the discharge to the cluster start; service users
-- not dead before the year starts (2D 81-87). Not in hospital: no emergency readmission
-- since discharge that a later discharge has not ended by that day, and no hospital spell
-- in the feed spanning it. A person counts once a year, from their first such discharge.
-- Age and sex from the person details; by age band and sex as well as overall.
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.ind_rbl_91 AS
WITH cohort AS (
    SELECT c.council, y.financial_year, c.person_key, min(d.discharge_date) AS discharged
    FROM reablement_clusters AS c
    JOIN service_years AS y ON y.council = c.council
    JOIN hospital_discharges AS d ON d.person_key = c.person_key
    JOIN person_details AS p ON p.council = c.council AND p.person_key = c.person_key
    WHERE c.scope = 'Reablement'
      AND (p.date_of_death >= y.start_date OR p.date_of_death IS NULL)
      AND cld_age(p.birth_date, d.discharge_date) >= 65
      AND d.discharge_date BETWEEN make_date(year(y.start_date), 10, 1) AND make_date(year(y.start_date), 12, 31)
      AND d.discharge_date BETWEEN c.start_date - {{discharge_before_days}} AND c.start_date + {{discharge_after_days}}
      AND EXISTS (
          SELECT 1 FROM service_user_events AS r
          WHERE r.council = c.council AND r.person_key = c.person_key AND r.event_type = 'Request'
            AND r.route_of_access = 'Discharge from Hospital'
            AND r.event_start_date BETWEEN d.discharge_date - {{discharge_before_days}} AND c.start_date)
    GROUP BY ALL
),
outcomes AS (
    SELECT c.*, p.gender,
        CASE
            WHEN cld_age(p.birth_date, c.discharged) < 75 THEN '65-74'
            WHEN cld_age(p.birth_date, c.discharged) < 85 THEN '75-84'
            ELSE '85+'
        END AS age_band,
        (p.date_of_death IS NULL OR p.date_of_death > c.discharged + {{at_home_days}})
        AND NOT EXISTS (
            SELECT 1 FROM hospital_discharges AS h
            WHERE h.person_key = c.person_key
              AND h.readmission_date > c.discharged AND h.readmission_date <= c.discharged + {{at_home_days}}
              AND NOT EXISTS (
                  SELECT 1 FROM hospital_discharges AS later
                  WHERE later.person_key = c.person_key
                    AND later.discharge_date >= h.readmission_date
                    AND later.discharge_date <= c.discharged + {{at_home_days}}))
        AND NOT EXISTS (
            SELECT 1 FROM hospital_discharges AS s
            WHERE s.person_key = c.person_key
              AND s.admission_date <= c.discharged + {{at_home_days}}
              AND s.discharge_date > c.discharged + {{at_home_days}})
        AND NOT EXISTS (
            SELECT 1 FROM service_user_events AS e
            WHERE e.council = c.council AND e.person_key = c.person_key AND e.event_type = 'Service'
              AND (e.service_type IN ('Long Term Support: Residential Care', 'Long Term Support: Nursing Care')
                   OR e.service_component IN ('Short Term Residential Care', 'Short Term Nursing Care'))
              AND e.event_start_date <= c.discharged + {{at_home_days}}
              AND coalesce(e.event_end_date, DATE '9999-12-31') >= c.discharged + {{at_home_days}}) AS at_home
    FROM cohort AS c
    JOIN person_details AS p ON p.council = c.council AND p.person_key = c.person_key
)
SELECT 'RBL-91' AS indicator_id, council, financial_year,
    CASE WHEN grouping(age_band) = 0 THEN 'Age: ' || age_band
         WHEN grouping(gender) = 0 THEN 'Gender: ' || coalesce(gender, 'Unknown')
         ELSE 'All' END AS breakdown,
    count(*) FILTER (WHERE at_home) AS numerator,
    count(*) AS denominator
FROM outcomes
GROUP BY GROUPING SETS ((council, financial_year), (council, financial_year, age_band),
    (council, financial_year, gender));
