-- Every amount in pounds and pence is DECIMAL(18,2), as the dictionary and BI tools expect
-- (a sum in DuckDB widens to DECIMAL(38,2) unless cast back).
SELECT table_name, column_name, data_type
FROM duckdb_columns()
WHERE database_name = current_database()
  AND data_type LIKE 'DECIMAL(%,2)'
  AND data_type <> 'DECIMAL(18,2)'
