-- materialise: computed once a run, since several models read it
-- One row per pseudonymised person and council: the latest values the extracts hold.
CREATE OR REPLACE VIEW people AS
SELECT
    person_key,
    council,
    arg_max(local_person_key, event_start_date) AS local_person_key,
    arg_max(nhs_person_key, event_start_date) AS nhs_person_key,
    arg_max(birth_month, event_start_date) AS birth_month,
    arg_max(gender, event_start_date) AS gender,
    arg_max(ethnicity, event_start_date) AS ethnicity,
    max(date_of_death) AS date_of_death,
    arg_max(primary_support_reason, event_start_date) AS primary_support_reason,
    arg_max(postcode_district, event_start_date) AS postcode_district,
    arg_max(accommodation_status, event_start_date) AS accommodation_status,
    arg_max(employment_status, event_start_date) AS employment_status,
    min(event_start_date) AS first_event_date,
    max(event_start_date) AS last_event_date,
    count(*) AS events
FROM services
WHERE client_type = 'Service User'
GROUP BY person_key, council;
