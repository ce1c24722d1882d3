-- Adult social care events (CLD) as loaded: one row per event, pseudonymised.
-- references: council -> dim_council.council
-- references: financial_year -> dim_financial_year.financial_year
-- references: service_type -> dim_service_type.service_type
-- references: primary_support_reason -> dim_support_reason.primary_support_reason
CREATE OR REPLACE VIEW services AS
SELECT *
FROM read_parquet('{{run}}/services/*/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'council': VARCHAR, 'financial_year': VARCHAR});
