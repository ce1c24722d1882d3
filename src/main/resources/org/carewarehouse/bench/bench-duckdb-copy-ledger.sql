-- The benchmark's reference for the ledger: DuckDB reads the same extracts with explicit
-- column types (money as DECIMAL, never DOUBLE), keeps unreadable rows aside as the
-- pipeline does, and writes Snappy Parquet.
COPY (
    SELECT *
    FROM read_csv('{{input}}/*.csv',
        header = true,
        store_rejects = true,
        dateformat = '%Y-%m-%d',
        columns = {
            'Council': 'VARCHAR',
            'Cost Centre': 'VARCHAR',
            'Subjective Code': 'VARCHAR',
            'Financial Year': 'VARCHAR',
            'Period': 'INTEGER',
            'Posting Date': 'DATE',
            'Amount': 'DECIMAL(18,2)',
            'Supplier': 'VARCHAR',
            'Reference': 'VARCHAR',
            'Description': 'VARCHAR'
        })
) TO '{{target}}' (FORMAT PARQUET, COMPRESSION SNAPPY);
