-- Hospital discharges and emergency readmissions from the NHS partner, pseudonymised.
CREATE OR REPLACE VIEW hospital_discharges AS
SELECT *
FROM read_parquet('{{run}}/hospital_discharges/*/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'council': VARCHAR, 'financial_year': VARCHAR});
