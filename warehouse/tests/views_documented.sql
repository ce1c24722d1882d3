-- Every view and every view column of the catalog carries a comment: a view's from the
-- header of the model that defines it, a column's from warehouse/glossary.csv. A new
-- view or column name fails the publish until it is described there.
SELECT 'view' AS missing, schema_name || '.' || view_name AS name
FROM duckdb_views()
WHERE database_name = current_database() AND NOT internal AND (comment IS NULL OR comment = '')
UNION ALL
SELECT 'column', c.schema_name || '.' || c.table_name || '.' || c.column_name
FROM duckdb_columns() AS c
JOIN duckdb_views() AS v
    ON v.database_name = c.database_name AND v.schema_name = c.schema_name AND v.view_name = c.table_name
WHERE c.database_name = current_database() AND NOT v.internal AND (c.comment IS NULL OR c.comment = '')
