-- Every column of every view of the catalog being built, in column order.
SELECT c.schema_name, c.table_name, c.column_name
FROM duckdb_columns() AS c
JOIN duckdb_views() AS v
    ON v.database_name = c.database_name AND v.schema_name = c.schema_name AND v.view_name = c.table_name
WHERE c.database_name = current_database() AND NOT v.internal
ORDER BY c.schema_name, c.table_name, c.column_index
