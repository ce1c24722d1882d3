-- materialise: computed once a run, since several models read it
-- Reablement clusters linked to a hospital discharge in the year and what happened within
-- {{reablement_outcome_days}} days of it, as DHSC's ASCOF 2D code links and follows them
-- (Create_ASCOF_2D.sql); one row per year, cluster and linked discharge's breakdown
-- (support at admission, sex, age band), so a cluster counts once in each slice (441-461).
-- - CLD (72-105): service users' events, of people not dead before the year starts;
--   long-term support from them, matched to a discharge by person as DHSC matches by
--   person id across councils.
-- - Clusters: reablement_clusters, scope 'Reablement' (ST-Max, component Reablement).
-- - Discharges (206-264) in the year, aged 65+ at discharge, not admitted by a maternity or
--   birth method (31, 32, 82, 83), not to another hospital, a hospice or death (49-52, 79,
--   87, 88), admitted on or after 1 April 2023 (the start of CLD) and before the discharge,
--   and not in long-term nursing, residential or prison care on the admission date.
--   support_at_admission (the national code's client type) is whether long-term
--   community support was open on the admission date (281-289).
-- - Link (317-358): the latest date of the discharges from {{discharge_before_days}} days
--   before to {{discharge_after_days}} days after the cluster start, admitted on or before
--   it (317-325); every discharge on that date links, its admission date not tested again
--   (327-358), each with the support at its own admission.
-- - Outcomes within the window from the discharge (370-434): an emergency (non-elective)
--   admission after both the cluster start and the discharge, on or after the year start;
--   death on or after the discharge day; long-term residential or nursing care starting on
--   or after the discharge day. A cluster with none is a success (463-480).
-- Departures, named in the catalogue: age and sex come from the CLD person details (the
-- feed has no SUS birth month or sex); a blank admission date, method or destination
-- (an extract without those columns) excludes nothing; the feed's emergency readmission
-- date and its non-elective admissions (method 2x, 3x, 8x) stand in for SUS management
-- types EM and NE; discharge method, treatment function and last-episode filters are the
-- partner's (one row per discharge).
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.reablement_discharges AS
WITH periods AS (
    SELECT DISTINCT financial_year, start_date, end_date FROM service_years
),
long_term AS (
    SELECT y.financial_year, e.person_key, e.service_type, e.event_start_date,
        coalesce(e.event_end_date, DATE '9999-01-01') AS end_date
    FROM service_user_events AS e
    CROSS JOIN periods AS y
    LEFT JOIN person_details AS p ON p.council = e.council AND p.person_key = e.person_key
    WHERE e.service_type LIKE 'Long Term Support:%'
      AND (p.date_of_death >= y.start_date OR p.date_of_death IS NULL)
),
discharges AS (
    SELECT y.financial_year, y.start_date AS year_start, d.person_key, d.discharge_date, d.admission_date,
        CASE WHEN EXISTS (
                SELECT 1 FROM long_term AS l
                WHERE l.financial_year = y.financial_year AND l.person_key = d.person_key
                  AND l.service_type = 'Long Term Support: Community'
                  AND d.admission_date BETWEEN l.event_start_date AND l.end_date)
            THEN 'Those in LT community support' ELSE 'Those not in any LTS' END AS support_at_admission
    FROM hospital_discharges AS d
    JOIN periods AS y ON d.discharge_date BETWEEN y.start_date AND y.end_date
    WHERE coalesce(d.admission_method NOT IN ('31', '32', '82', '83'), true)
      AND coalesce(d.discharge_destination NOT IN ('49', '50', '51', '52', '79', '87', '88'), true)
      AND coalesce(d.admission_date >= DATE '2023-04-01' AND d.admission_date < d.discharge_date, true)
      AND NOT EXISTS (
          SELECT 1 FROM long_term AS l
          WHERE l.financial_year = y.financial_year AND l.person_key = d.person_key
            AND l.service_type IN ('Long Term Support: Nursing Care', 'Long Term Support: Residential Care',
                'Long Term Support: Prison')
            AND d.admission_date BETWEEN l.event_start_date AND l.end_date)
),
candidates AS (
    SELECT d.financial_year, d.year_start, c.council, c.person_key, c.cluster_no, c.start_date AS cluster_start,
        d.discharge_date, d.admission_date, d.support_at_admission, p.date_of_death, p.gender,
        cld_age(p.birth_date, d.discharge_date) AS age
    FROM reablement_clusters AS c
    JOIN discharges AS d ON d.person_key = c.person_key
    JOIN person_details AS p ON p.council = c.council AND p.person_key = c.person_key
    WHERE c.scope = 'Reablement'
      AND (p.date_of_death >= d.year_start OR p.date_of_death IS NULL)
      AND cld_age(p.birth_date, d.discharge_date) >= 65
      AND d.discharge_date BETWEEN c.start_date - {{discharge_before_days}} AND c.start_date + {{discharge_after_days}}
),
linked AS (
    SELECT *
    FROM candidates
    QUALIFY discharge_date = max(discharge_date) FILTER (WHERE coalesce(admission_date <= cluster_start, true))
        OVER (PARTITION BY financial_year, council, person_key, cluster_no)
),
admissions AS (
    SELECT person_key, readmission_date AS admitted FROM hospital_discharges WHERE readmission_date IS NOT NULL
    UNION ALL
    SELECT person_key, admission_date FROM hospital_discharges
    WHERE admission_date < discharge_date AND left(admission_method, 1) IN ('2', '3', '8')
),
flagged AS (
    SELECT l.*,
        EXISTS (
            SELECT 1 FROM admissions AS a
            WHERE a.person_key = l.person_key AND a.admitted >= l.year_start
              AND a.admitted > l.cluster_start AND a.admitted > l.discharge_date
              AND a.admitted <= l.discharge_date + {{reablement_outcome_days}}) AS readmitted,
        coalesce(l.date_of_death BETWEEN l.discharge_date AND l.discharge_date + {{reablement_outcome_days}}, false)
            AS died,
        EXISTS (
            SELECT 1 FROM long_term AS t
            WHERE t.financial_year = l.financial_year AND t.person_key = l.person_key
              AND t.service_type IN ('Long Term Support: Residential Care', 'Long Term Support: Nursing Care')
              AND t.event_start_date BETWEEN l.discharge_date
                  AND l.discharge_date + {{reablement_outcome_days}}) AS entered_care_home
    FROM linked AS l
)
SELECT DISTINCT financial_year, council, person_key, cluster_no, cluster_start, discharge_date, support_at_admission,
    gender,
    CASE WHEN age < 75 THEN '65-74' WHEN age < 85 THEN '75-84' ELSE '85+' END AS age_band,
    bool_or(died) OVER cluster AS died,
    bool_or(readmitted) OVER cluster AS readmitted,
    bool_or(entered_care_home) OVER cluster AS entered_care_home,
    NOT (bool_or(died) OVER cluster OR bool_or(readmitted) OVER cluster OR bool_or(entered_care_home) OVER cluster)
        AS remained_in_community
FROM flagged
WINDOW cluster AS (PARTITION BY financial_year, council, person_key, cluster_no);
