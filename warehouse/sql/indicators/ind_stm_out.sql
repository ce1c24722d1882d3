-- materialise: computed alone, then read by indicator_values
-- STM-OUT (ASCOF 2A from 2023-24, 2D before): of the reablement clusters of new clients
-- ending in the year, the share whose sequel asked for no ongoing support, as DHSC's
-- Create_ASCOF_2A_2425_Onwards.sql counts them from its disaggregated table (stm_sequels):
-- numerator and denominator per its lists (963-995), by age at the cluster end, 18-64 and
-- 65+, and in total, where clusters of unknown age count too (1027-1093, ROLLUP). Every
-- council and year with submissions gets all three rows, 0 when no cluster counts.
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.ind_stm_out AS
WITH breakdowns AS (
    SELECT y.council, y.financial_year, b.breakdown, b.age_band
    FROM service_years AS y
    CROSS JOIN (VALUES ('All', NULL), ('Age: 18-64', '18-64'), ('Age: 65+', '65+')) AS b(breakdown, age_band)
)
SELECT 'STM-OUT' AS indicator_id, b.council, b.financial_year, b.breakdown,
    count(s.cluster_no) FILTER (WHERE s.in_numerator) AS numerator,
    count(s.cluster_no) FILTER (WHERE s.in_denominator) AS denominator
FROM breakdowns AS b
LEFT JOIN stm_sequels AS s ON s.council = b.council AND s.financial_year = b.financial_year
    AND (b.age_band IS NULL OR s.age_band = b.age_band)
GROUP BY b.council, b.financial_year, b.breakdown;
