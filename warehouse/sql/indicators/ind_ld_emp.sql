-- materialise: computed alone, then read by indicator_values
-- LD-EMP (ASCOF 1E): adults with a learning disability in paid employment, with the
-- cohort of NHS England's SALT LTS004 Table 1 (LTS004 replication code.txt 156-349) and
-- the person's details as DHSC's person details table derives them.
-- - Cohort (156-178): long-term services (long_term_services) running at some point of
--   the year, of people alive at the year start
--   whose birth month is known and who are 18-64 at the year end.
-- - Support reason: the latest known one (person_details, Create_personal_details_table.sql
--   1022-1089) is Learning Disability Support, where LTS004 171 reads it from each row.
-- - Employment: the latest known status (person_details, 450-503: a known status first,
--   then the latest submission, end and start, Unknown on a tie), where LTS004 284-349
--   takes the latest start first and prefers a known status only among that start's rows;
--   paid = the three "Paid:" values (30-32); Unknown stays in the denominator. A person
--   none of whose long-term services in the year gives an employment status (blank in
--   every one) is not in the cohort: LTS004 244-257 keeps only rows whose status is in
--   the CLD list, where person details would call the person Unknown.
-- - Rows (357-359): the total and by sex (Male, Female; every other sex is in the total
--   only), for every council and year with submissions, 0 when nobody is in them.
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.ind_ld_emp AS
WITH cohort AS (
    SELECT DISTINCT y.council, y.financial_year, p.person_key, p.gender,
        p.employment_status IN ('Paid: Less than 16 hours a week', 'Paid: 16 or more hours a week',
            'Paid: Hours per week unknown') AS paid
    FROM service_years AS y
    JOIN long_term_services AS e ON e.council = y.council
    JOIN person_details AS p ON p.council = e.council AND p.person_key = e.person_key
    WHERE e.event_start_date <= y.end_date
      AND (e.event_end_date >= y.start_date OR e.event_end_date IS NULL)
      AND (p.date_of_death >= y.start_date OR p.date_of_death IS NULL)
      AND p.primary_support_reason = 'Learning Disability Support'
      AND cld_age(p.birth_date, y.end_date) BETWEEN 18 AND 64
      AND e.employment_status IS NOT NULL
),
cells AS (
    SELECT y.council, y.financial_year, b.breakdown, b.gender
    FROM service_years AS y
    CROSS JOIN (VALUES ('All', NULL), ('Gender: Male', 'Male'), ('Gender: Female', 'Female')) AS b(breakdown, gender)
)
SELECT 'LD-EMP' AS indicator_id, c.council, c.financial_year, c.breakdown,
    count(p.person_key) FILTER (WHERE p.paid) AS numerator,
    count(p.person_key) AS denominator
FROM cells AS c
LEFT JOIN cohort AS p ON p.council = c.council AND p.financial_year = c.financial_year
    AND (c.gender IS NULL OR p.gender = c.gender)
GROUP BY c.council, c.financial_year, c.breakdown;
