-- Where a model declared `-- unique: <columns>` holds a key more than once, the extract
-- files and lines of the rows holding it, where the view keeps them (source_file and
-- source_line; NULL for a view without): run only once unique.sql has found a repeat, so
-- that the failure names what to correct.
WITH repeated AS (
    SELECT row("{{columns}}") AS key
    FROM "{{schema}}"."{{view}}"
    GROUP BY ALL
    HAVING count(*) > 1
),
lines AS (
    SELECT json_extract_string(to_json(v), '$.source_file') AS source_file,
        CAST(json_extract_string(to_json(v), '$.source_line') AS BIGINT) AS source_line
    FROM "{{schema}}"."{{view}}" AS v
    JOIN repeated AS r ON row("{{columns}}") IS NOT DISTINCT FROM r.key
)
SELECT string_agg(source_file || ':' || source_line, ', ' ORDER BY source_file, source_line)
FROM (
    SELECT * FROM lines WHERE source_file IS NOT NULL ORDER BY source_file, source_line LIMIT 20
)
