-- LIIA's stage 1 episode fixes (liia-tools-pipeline liiatools/ssda903_pipeline/
-- fix_episodes.py, stage_1, lines 381-398) over the episodes la-agg keeps: each row with
-- its neighbours (previous and next episode of the same child by DECOM, lines 16-38), the
-- conditions of lines 68-165 and the rule of _stage1_rule_to_apply (lines 168-184).
-- Only an open episode (DEC blank) in a file older than the council's latest collection
-- year is touched (Has_open_episode_error, lines 75-78); in order:
--   RULE_3  it repeats the previous or next episode (same RNE, LS, PLACE, PLACE_PROVIDER,
--           PL_POST and URN, blanks equal): deleted;
--   RULE_3A the previous episode came in a later collection year: deleted;
--   RULE_2  no episode follows: DEC = 31 March of its collection year, REC = E99;
--   RULE_1A the next episode's RNE is S (the child re-entered care): DEC = the earlier of
--           31 March of its collection year and the day before the next DECOM, REC = E99;
--   RULE_1  otherwise: DEC = the next DECOM, REC = X1, and REASON_PLACE_CHANGE = LIIAF when
--           the next RNE is P, B, T or U (lines 203-249).
-- Neighbours are found before any deletion, as in LIIA, so two open copies of one episode
-- in older files are both deleted. PL_POST is compared as its postcode district, the only
-- part the warehouse keeps (LIIA compares the sector).
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.child_episodes_stage1 AS
WITH neighbours AS (
    SELECT * EXCLUDE (kept_by_la_agg, kept_file, kept_line),
        max(collection_year) OVER (PARTITION BY council) AS year_latest,
        lag(decom) OVER episode AS decom_previous,
        lead(decom) OVER episode AS decom_next,
        lag(collection_year) OVER episode AS year_previous,
        lag(rne) OVER episode AS rne_previous,
        lead(rne) OVER episode AS rne_next,
        lag(ls) OVER episode AS ls_previous,
        lead(ls) OVER episode AS ls_next,
        lag(place) OVER episode AS place_previous,
        lead(place) OVER episode AS place_next,
        lag(place_provider) OVER episode AS place_provider_previous,
        lead(place_provider) OVER episode AS place_provider_next,
        lag(placement_postcode_district) OVER episode AS pl_post_previous,
        lead(placement_postcode_district) OVER episode AS pl_post_next,
        lag(urn) OVER episode AS urn_previous,
        lead(urn) OVER episode AS urn_next
    FROM child_episodes_deduplicated
    WHERE kept_by_la_agg
    WINDOW episode AS (PARTITION BY council, child_key ORDER BY decom)
),
conditions AS (
    SELECT *,
        dec IS NULL AND collection_year <> year_latest AS open_episode_error,
        dec IS NULL AND decom_next IS NOT NULL AND decom_next <> decom
            AND rne_next IS NOT DISTINCT FROM rne AND ls_next IS NOT DISTINCT FROM ls
            AND place_next IS NOT DISTINCT FROM place
            AND place_provider_next IS NOT DISTINCT FROM place_provider
            AND pl_post_next IS NOT DISTINCT FROM placement_postcode_district
            AND urn_next IS NOT DISTINCT FROM urn AS next_is_duplicate,
        dec IS NULL AND decom_previous IS NOT NULL AND decom_previous <> decom
            AND rne_previous IS NOT DISTINCT FROM rne AND ls_previous IS NOT DISTINCT FROM ls
            AND place_previous IS NOT DISTINCT FROM place
            AND place_provider_previous IS NOT DISTINCT FROM place_provider
            AND pl_post_previous IS NOT DISTINCT FROM placement_postcode_district
            AND urn_previous IS NOT DISTINCT FROM urn AS previous_is_duplicate,
        dec IS NULL AND decom_previous IS NOT NULL AND year_previous > collection_year
            AS previous_submitted_later
    FROM neighbours
)
SELECT * EXCLUDE (rne_previous, ls_previous, ls_next, place_previous, place_next, place_provider_previous,
        place_provider_next, pl_post_previous, pl_post_next, urn_previous, urn_next),
    CASE WHEN open_episode_error THEN
        CASE
            WHEN next_is_duplicate OR previous_is_duplicate THEN 'RULE_3'
            WHEN previous_submitted_later THEN 'RULE_3A'
            WHEN decom_next IS NULL THEN 'RULE_2'
            WHEN rne_next = 'S' THEN 'RULE_1A'
            ELSE 'RULE_1'
        END
    END AS stage1_rule
FROM conditions;
