-- Hospital discharges and emergency readmissions from the NHS partner, pseudonymised.
-- references: council -> dim_council.council
-- references: financial_year -> dim_financial_year.financial_year
CREATE OR REPLACE VIEW hospital_discharges AS
SELECT *
FROM read_parquet('{{run}}/hospital_discharges/*/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'council': VARCHAR, 'financial_year': VARCHAR});
