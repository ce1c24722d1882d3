-- DP and SDS (ASCOF 1C, 3D from 2023-24): of people in long-term community support on 31
-- March, the share with a direct payment (DP: delivery mechanism or component Direct
-- Payment) and the share with a direct payment or a council-managed personal budget (SDS).
CREATE OR REPLACE VIEW ind_dp AS
WITH clients AS (
    SELECT s.council, y.financial_year, s.person_key,
        bool_or(s.delivery_mechanism = 'Direct Payment' OR s.service_component = 'Direct Payment') AS direct,
        bool_or(s.delivery_mechanism IN ('Direct Payment', 'CASSR Managed Personal Budget')
            OR s.service_component = 'Direct Payment') AS self_directed
    FROM service_events AS s
    JOIN service_years AS y ON y.council = s.council
    WHERE s.event_type = 'Service' AND s.client_type = 'Service User'
      AND s.service_type = 'Long Term Support: Community'
      AND s.event_start_date <= y.end_date AND coalesce(s.event_end_date, DATE '9999-12-31') >= y.end_date
    GROUP BY s.council, y.financial_year, s.person_key
)
SELECT 'DP' AS indicator_id, council, financial_year, 'All' AS breakdown,
    count(*) FILTER (WHERE direct) AS numerator, count(*) AS denominator
FROM clients
GROUP BY council, financial_year
UNION ALL
SELECT 'SDS', council, financial_year, 'All',
    count(*) FILTER (WHERE self_directed), count(*)
FROM clients
GROUP BY council, financial_year;
