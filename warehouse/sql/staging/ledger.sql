-- General ledger postings as loaded; credits and reversals negative.
-- references: council -> dim_council.council
-- references: financial_year -> dim_financial_year.financial_year
CREATE OR REPLACE VIEW ledger AS
SELECT *
FROM read_parquet('{{run}}/ledger/*/*/*.parquet',
    hive_partitioning = true,
    hive_types = {'council': VARCHAR, 'financial_year': VARCHAR});
