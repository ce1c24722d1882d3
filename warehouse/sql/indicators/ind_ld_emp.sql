-- LD-EMP (ASCOF 1E): adults aged 18-64 on 31 March whose latest primary support reason in
-- the year is Learning Disability Support and who received long-term support in the year;
-- numerator: those whose latest employment status is one of the three paid values.
-- Unknown stays in the denominator. Age comes from the month of birth (the 1st).
CREATE OR REPLACE VIEW ind_ld_emp AS
WITH clients AS (
    SELECT s.council, y.financial_year, s.person_key,
        arg_max(s.primary_support_reason, s.event_start_date) AS support_reason,
        arg_max(s.employment_status, s.event_start_date) AS employment,
        date_sub('year', CAST(arg_max(s.birth_month, s.event_start_date) || '-01' AS DATE), y.end_date) AS age,
        bool_or(s.event_type = 'Service' AND s.service_type LIKE 'Long Term Support:%'
            AND s.event_start_date <= y.end_date
            AND coalesce(s.event_end_date, DATE '9999-12-31') >= y.start_date) AS long_term
    FROM service_events AS s
    JOIN service_years AS y ON y.council = s.council AND s.event_start_date <= y.end_date
    WHERE s.client_type = 'Service User'
    GROUP BY s.council, y.financial_year, s.person_key, y.end_date
)
SELECT 'LD-EMP' AS indicator_id, council, financial_year, 'All' AS breakdown,
    count(*) FILTER (WHERE employment LIKE 'Paid:%') AS numerator,
    count(*) AS denominator
FROM clients
WHERE long_term AND support_reason = 'Learning Disability Support' AND age BETWEEN 18 AND 64
GROUP BY council, financial_year;
