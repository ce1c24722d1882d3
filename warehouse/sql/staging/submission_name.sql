-- A file's name as it orders the submissions of a period: without its .csv or .csv.gz
-- ending, in any case (.CSV.GZ), and with a resubmission's number (-r2, -r10) padded to
-- nine digits so that -r10 comes after -r9. Files carry no submission date; a
-- resubmission is named so that it sorts after the file it replaces
-- (services-E08000014-2023-24-r2.csv after services-E08000014-2023-24.CSV), which holds
-- only once the ending is gone.
CREATE OR REPLACE MACRO submission_name(source_file) AS
    regexp_replace(regexp_replace(source_file, '\.csv(\.gz)?$', '', 'i'), '-r([0-9]+)$', '', 'i')
    || coalesce('-r' || lpad(nullif(regexp_extract(regexp_replace(source_file, '\.csv(\.gz)?$', '', 'i'),
        '-[rR]([0-9]+)$', 1), ''), 9, '0'), '');
