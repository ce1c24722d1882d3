-- Every view of the published catalog with its comment, and each column with its type and
-- comment, in column order: the main schema's by their names first, then the other
-- schemas' (published, internal) as schema.view.
SELECT CASE WHEN v.schema_name = 'main' THEN v.view_name ELSE v.schema_name || '.' || v.view_name END AS view_name,
    v.comment AS view_comment, c.column_name, c.data_type, c.comment AS column_comment
FROM duckdb_views() AS v
JOIN duckdb_columns() AS c
    ON c.database_name = v.database_name AND c.schema_name = v.schema_name AND c.table_name = v.view_name
WHERE v.database_name = current_database() AND NOT v.internal
ORDER BY CASE v.schema_name WHEN 'main' THEN 0 WHEN 'published' THEN 1 ELSE 2 END, v.schema_name, v.view_name,
    c.column_index
