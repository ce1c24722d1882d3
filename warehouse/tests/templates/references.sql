-- A model declared `-- references: <column> -> <dimension>.<key>` has no value of that
-- column missing from the dimension (a NULL references nothing and is not counted).
SELECT "{{column}}", count(*) AS orphan_rows
FROM "{{schema}}"."{{view}}"
WHERE "{{column}}" NOT IN (SELECT "{{key}}" FROM "{{target}}")
GROUP BY ALL
