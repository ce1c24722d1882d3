-- materialise: computed once a run, since several models read it
-- One row per pseudonymised person and council: the latest values the extracts hold.
-- Each attribute is the one of the latest row that has it: the latest event start, then
-- the latest reporting period, then the latest submission (the file's name without its
-- extension, so a resubmission -r2 comes after the first), then the later line.
CREATE OR REPLACE VIEW people AS
-- ordered by the start alone, rows tied on it went to whichever DuckDB read last, so two
-- runs on the same extracts could differ
WITH files AS (
    SELECT source_file,
        row_number() OVER (ORDER BY submission_name(source_file), source_file) AS file_order
    FROM (SELECT DISTINCT source_file FROM services)
),
-- the order as one number, which the aggregates below can spill: days since 1900 (each
-- under a million), the file's place and the line (each under 2^32)
ordered AS (
    SELECT s.*,
        (s.event_start_date - DATE '1900-01-01')::HUGEINT * 1000000 * 18446744073709551616
            + (s.reporting_period_end - DATE '1900-01-01')::HUGEINT * 18446744073709551616
            + f.file_order::HUGEINT * 4294967296 + s.source_line AS row_order
    FROM services AS s
    JOIN files AS f USING (source_file)
    WHERE s.client_type = 'Service User'
)
SELECT
    person_key,
    council,
    arg_max(local_person_key, row_order) AS local_person_key,
    arg_max(nhs_person_key, row_order) AS nhs_person_key,
    arg_max(birth_month, row_order) AS birth_month,
    arg_max(gender, row_order) AS gender,
    arg_max(ethnicity, row_order) AS ethnicity,
    max(date_of_death) AS date_of_death,
    arg_max(primary_support_reason, row_order) AS primary_support_reason,
    arg_max(postcode_district, row_order) AS postcode_district,
    arg_max(accommodation_status, row_order) AS accommodation_status,
    arg_max(employment_status, row_order) AS employment_status,
    min(event_start_date) AS first_event_date,
    max(event_start_date) AS last_event_date,
    count(*) AS events
FROM ordered
GROUP BY person_key, council;
