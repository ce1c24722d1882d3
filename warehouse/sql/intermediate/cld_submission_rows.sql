-- The rows of the submissions the measures read (DHSC GetSubmissions,
-- create_GetSubmissions_procedure.sql): for each council and reporting period only the
-- latest submission counts, so a resubmitted period replaces the original instead of
-- doubling it. Files carry no submission date; a resubmission is named so that it
-- sorts after the file it replaces (services-E08000014-2023-24-r2.csv after
-- services-E08000014-2023-24.csv), which is compared without the .csv/.csv.gz ending.
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.cld_submission_rows AS
WITH submissions AS (
    SELECT council, reporting_period_start, reporting_period_end, source_file,
        row_number() OVER (
            PARTITION BY council, reporting_period_start, reporting_period_end
            ORDER BY submission_name(source_file) DESC) AS submission_rank
    FROM (SELECT DISTINCT council, reporting_period_start, reporting_period_end, source_file FROM services)
)
SELECT s.*
FROM services AS s
JOIN submissions AS f USING (council, reporting_period_start, reporting_period_end, source_file)
WHERE f.submission_rank = 1;
