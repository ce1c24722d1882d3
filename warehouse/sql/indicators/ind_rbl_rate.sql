-- materialise: computed alone, then read by indicator_values
-- RBL-RATE: people aged 65+ starting reablement (an ST-Max service) in the year per 10,000
-- population aged 65+ (mid-year estimate of the year). Age on the start date from the
-- person details' birth date (cld_age, Create_personal_details_table.sql 784-800). A
-- year without a population estimate has no denominator.
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.ind_rbl_rate AS
SELECT 'RBL-RATE' AS indicator_id, y.council, y.financial_year, 'All' AS breakdown,
    count(DISTINCT s.person_key) AS numerator,
    (SELECT sum(p.population) FROM population_by_council AS p
     WHERE p.council = y.council AND p.mid_year = y.mid_year AND p.ascof_band = '65+') AS denominator
FROM service_years AS y
JOIN service_events AS s ON s.council = y.council AND s.event_start_date BETWEEN y.start_date AND y.end_date
JOIN person_details AS p ON p.council = s.council AND p.person_key = s.person_key
WHERE s.event_type = 'Service' AND s.service_type = 'Short Term Support: ST-Max'
  AND cld_age(p.birth_date, s.event_start_date) >= 65
GROUP BY y.council, y.financial_year, y.mid_year;
