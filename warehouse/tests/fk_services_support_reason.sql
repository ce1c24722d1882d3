-- Every recorded primary support reason is in dim_support_reason.
SELECT primary_support_reason, count(*) AS orphan_rows
FROM services
WHERE primary_support_reason NOT IN (SELECT primary_support_reason FROM dim_support_reason)
GROUP BY primary_support_reason
