-- A model declared `-- unique: <columns>` holds each value of those columns once.
SELECT "{{columns}}", count(*) AS copies
FROM "{{schema}}"."{{view}}"
GROUP BY ALL
HAVING count(*) > 1
