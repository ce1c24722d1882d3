-- materialise: written as Parquet for BI tools, the star schema read without DuckDB
-- Filled posts in adult social care: one row per worker at each snapshot, with their
-- workplace's main service, sector and CQC registration, their age at the snapshot (the
-- snapshot's year less the year of birth) and years in the sector. A worker whose
-- workplace row is missing or was rejected keeps their post, with no main service: one
-- bad workplace row must not stop a night's publication.
CREATE OR REPLACE VIEW fct_workforce_posts AS
SELECT
    w.council,
    w.financial_year,
    w.snapshot_date,
    w.workplace_id,
    p.main_service,
    p.sector,
    p.cqc_regulated,
    w.worker_key,
    w.main_job_role,
    w.contract,
    w.contracted_hours,
    year(w.snapshot_date) - w.birth_year AS age,
    year(w.snapshot_date) - w.year_started_in_sector AS years_in_sector,
    w.gender,
    w.nationality_group,
    w.relevant_qualification
FROM workforce_workers AS w
LEFT JOIN workforce_workplaces AS p
    ON p.council = w.council AND p.workplace_id = w.workplace_id AND p.snapshot_date = w.snapshot_date;
