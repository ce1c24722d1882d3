-- materialise: computed once a run, since several models read it
-- Long-term services of service users (nursing, residential, community, prison), the
-- population ASCOF 1E and 2E start from (LTS004 replication code.txt 168-170;
-- Create_ASCOF_2E_2425_Onwards.sql 142-147), without a row whose end falls before its
-- start. 3D (ind_dp) reads service_events itself: it asks for no Service event
-- (Create_ASCOF_3D_2425_Onwards.sql 181-193).
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.long_term_services AS
SELECT *
FROM service_events
WHERE event_type = 'Service' AND client_type = 'Service User'
  AND service_type IN ('Long Term Support: Nursing Care', 'Long Term Support: Residential Care',
      'Long Term Support: Community', 'Long Term Support: Prison')
  AND (event_end_date >= event_start_date OR event_end_date IS NULL);
