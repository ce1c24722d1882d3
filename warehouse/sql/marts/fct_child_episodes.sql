-- materialise: written as Parquet for BI tools, the star schema read without DuckDB
-- Children's placement episodes after LIIA's repair (see child_episode_repairs): deleted rows
-- left out; repair_rule names the rule(s) applied to the row (NULL if none) and
-- repair_change what they changed. in_area is true when the placement's postcode district
-- is one of the council's (dim_council_postcode_district), false when it is another, and
-- NULL when PL_POST was blank or the reference lists none of the council's districts (a
-- council missing from warehouse/reference/council-postcode-districts.csv would
-- otherwise have every child placed out of its area).
CREATE OR REPLACE VIEW fct_child_episodes AS
SELECT r.* EXCLUDE (kept),
    CASE WHEN r.placement_postcode_district IS NULL OR d.districts IS NULL THEN NULL
         ELSE list_contains(d.districts, r.placement_postcode_district)
    END AS in_area
FROM child_episode_repairs r
LEFT JOIN (SELECT council, list(postcode_district) AS districts FROM dim_council_postcode_district GROUP BY council) d
    ON d.council = r.council
WHERE r.kept;
