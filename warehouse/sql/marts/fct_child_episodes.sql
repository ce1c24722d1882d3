-- materialise: written as Parquet for BI tools, the star schema read without DuckDB
-- Children's placement episodes after LIIA's repair (see child_episode_repairs): deleted rows
-- left out; repair_rule names the rule(s) applied to the row (NULL if none) and
-- repair_change what they changed. in_area is true when the placement's postcode district
-- is one of the council's (dim_council_postcode_district), false when it is another, and
-- NULL when PL_POST was blank.
CREATE OR REPLACE VIEW fct_child_episodes AS
SELECT r.* EXCLUDE (kept),
    CASE WHEN r.placement_postcode_district IS NULL THEN NULL
         ELSE r.placement_postcode_district IN (
             SELECT d.postcode_district FROM dim_council_postcode_district d WHERE d.council = r.council)
    END AS in_area
FROM child_episode_repairs r
WHERE r.kept;
