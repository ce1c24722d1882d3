-- RBL-84 (ASCOF 2D from 2023-24, the CLD definition): people aged 65+ discharged from
-- hospital in the year whose discharge falls between 7 days before and 3 days after the
-- start of a reablement cluster (reablement_clusters: episodes fewer than 7 days apart are
-- one), and of those, the people with no death, no emergency readmission and no long-term
-- residential or nursing start within 84 days of discharge. A person counts once a year,
-- from their first linked discharge.
CREATE OR REPLACE VIEW ind_rbl_84 AS
WITH cohort AS (
    SELECT c.council, y.financial_year, c.person_key, min(d.discharge_date) AS discharged
    FROM reablement_clusters AS c
    JOIN hospital_discharges AS d ON d.council = c.council AND d.person_key = c.person_key
    JOIN service_years AS y ON y.council = c.council AND d.discharge_date BETWEEN y.start_date AND y.end_date
    WHERE c.age >= 65
      AND d.discharge_date BETWEEN c.start_date - 7 AND c.start_date + 3
    GROUP BY c.council, y.financial_year, c.person_key
)
SELECT 'RBL-84' AS indicator_id, c.council, c.financial_year, 'All' AS breakdown,
    count(*) FILTER (WHERE
        (p.date_of_death IS NULL OR p.date_of_death > c.discharged + 84)
        AND NOT EXISTS (
            SELECT 1 FROM hospital_discharges AS h
            WHERE h.council = c.council AND h.person_key = c.person_key
              AND h.readmission_date > c.discharged AND h.readmission_date <= c.discharged + 84)
        AND NOT EXISTS (
            SELECT 1 FROM service_events AS e
            WHERE e.council = c.council AND e.person_key = c.person_key AND e.event_type = 'Service'
              AND e.service_type IN ('Long Term Support: Residential Care', 'Long Term Support: Nursing Care')
              AND e.event_start_date > c.discharged AND e.event_start_date <= c.discharged + 84)) AS numerator,
    count(*) AS denominator
FROM cohort AS c
LEFT JOIN people AS p ON p.council = c.council AND p.person_key = c.person_key
GROUP BY c.council, c.financial_year;
