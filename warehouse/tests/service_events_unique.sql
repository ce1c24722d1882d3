-- service_events holds each event once.
SELECT council, person_key, event_type, event_start_date, client_type, service_type, service_component, count(*)
FROM service_events
GROUP BY ALL
HAVING count(*) > 1
