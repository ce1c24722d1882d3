-- materialise: computed alone, then read by indicator_values
-- RBL-84 (ASCOF 2D from 2023-24, Create_ASCOF_2D.sql part 1): of the reablement clusters
-- linked to a discharge in the year of a person 65+ (reablement_discharges), the share
-- with no death, emergency readmission or long-term care home start within
-- {{reablement_outcome_days}} days of the discharge. Counts are clusters, not people
-- (552-553). Breakdowns as the national output gives them (487-571): in total, by age band
-- at discharge (65-74, 75-84, 85+) and sex (Female, Male), each also within the support
-- at admission (the national code's client type: 'Those in LT community support', 'Those not in any LTS'). DHSC runs 2D
-- three months behind the other measures (ASCOF_main_script.sql 75-79, 184-189) so that
-- every outcome window has closed; the warehouse computes each financial year, so a year
-- whose last discharges are fewer than the window before the latest data is provisional.
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.ind_rbl_84 AS
-- Each cluster once per slice (a cluster linked to two discharges on one day has two rows),
-- then counted: the same as count(DISTINCT cluster), at half its cost at scale 16.
-- remained_in_community is the cluster's, the same on all its rows; count(cluster), like
-- count(DISTINCT), leaves out a cluster without a key.
WITH sliced AS (
    SELECT DISTINCT r.council, r.financial_year, r.person_key || '#' || r.cluster_no AS cluster,
        r.remained_in_community, s.slice, t.support_at_admission
    FROM reablement_discharges AS r
    CROSS JOIN LATERAL (VALUES ('All'), ('Age: ' || r.age_band),
        (CASE WHEN r.gender IN ('Female', 'Male') THEN 'Gender: ' || r.gender END)) AS s(slice)
    CROSS JOIN LATERAL (VALUES (NULL), (r.support_at_admission)) AS t(support_at_admission)
    WHERE s.slice IS NOT NULL
)
SELECT 'RBL-84' AS indicator_id, council, financial_year,
    CASE
        WHEN support_at_admission IS NULL THEN slice
        WHEN slice = 'All' THEN 'Support at admission: ' || support_at_admission
        ELSE 'Support at admission: ' || support_at_admission || ' | ' || slice
    END AS breakdown,
    count(cluster) FILTER (WHERE remained_in_community) AS numerator,
    count(cluster) AS denominator
FROM sliced
GROUP BY ALL;
