-- STM-OUT (ASCOF 2A from 2023-24, 2D before): reablement clusters ending in the year for
-- new clients (no long-term support open, or ended, in the 91 days before the cluster
-- started), by what followed within 7 days of the end. Numerator: no further long-term
-- or care home support (ongoing low level, other short-term, or no further services).
-- Denominator: those plus clusters followed by long-term support or a short-term
-- residential or nursing stay. Clusters ending in death or hospital are left out.
CREATE OR REPLACE VIEW ind_stm_out AS
WITH sequels AS (
    SELECT c.council, y.financial_year,
        CASE
            WHEN coalesce(c.outcome, '') IN ('NFA - Deceased', 'Admitted to hospital') THEN 'Left out'
            WHEN EXISTS (
                SELECT 1 FROM service_events AS e
                WHERE e.council = c.council AND e.person_key = c.person_key AND e.event_type = 'Service'
                  AND e.service_type LIKE 'Long Term Support:%'
                  AND e.event_start_date BETWEEN c.end_date AND c.end_date + 7) THEN 'Long-term support'
            WHEN EXISTS (
                SELECT 1 FROM service_events AS e
                WHERE e.council = c.council AND e.person_key = c.person_key AND e.event_type = 'Service'
                  AND e.service_component IN ('Short Term Residential Care', 'Short Term Nursing Care')
                  AND e.event_start_date BETWEEN c.end_date AND c.end_date + 7) THEN 'Short-term care home'
            ELSE 'No further long-term support'
        END AS sequel
    FROM reablement_clusters AS c
    JOIN service_years AS y ON y.council = c.council AND c.end_date BETWEEN y.start_date AND y.end_date
    WHERE NOT c.open
      AND NOT EXISTS (
          SELECT 1 FROM service_events AS l
          WHERE l.council = c.council AND l.person_key = c.person_key AND l.event_type = 'Service'
            AND l.service_type LIKE 'Long Term Support:%'
            AND l.event_start_date < c.start_date
            AND coalesce(l.event_end_date, DATE '9999-12-31') >= c.start_date - 91)
)
SELECT 'STM-OUT' AS indicator_id, council, financial_year, 'All' AS breakdown,
    count(*) FILTER (WHERE sequel = 'No further long-term support') AS numerator,
    count(*) FILTER (WHERE sequel <> 'Left out') AS denominator
FROM sequels
GROUP BY council, financial_year;
