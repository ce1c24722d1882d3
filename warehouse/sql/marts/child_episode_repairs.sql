-- Every loaded SSDA903 episode with the repair LIIA's tools would apply to it, so that each
-- repaired or dropped row is accounted for. One row per row of children_episodes:
--   kept = false, repair = 'dropped_superseded'  the same child and DECOM is in a later
--                                                collection year's file (the later one wins);
--   kept = false, repair = 'dropped_duplicate'   an exact copy of an earlier line of the same file;
--   kept = false, repair = 'dropped_same_start'  another line of the same file has the same child
--                                                and DECOM (the later line wins);
--   kept = true,  repair = 'closed_open_episode' DEC was blank and a later episode follows: DEC =
--                                                the next DECOM;
--   kept = true,  repair = 'trimmed_overlap'     DEC was after the next episode's DECOM: DEC = the
--                                                next DECOM;
--   kept = true,  repair = NULL                  left as sent.
-- Gaps are reported, not repaired: gap_days is the number of days between this episode's DEC
-- and the next episode's DECOM, when positive. dec_as_sent keeps the original DEC.
CREATE OR REPLACE VIEW child_episode_repairs AS
WITH copies AS (
    SELECT *,
        row_number() OVER (
            PARTITION BY council, collection_year, child_key, decom, dec, rne, ls, cin, place, place_provider,
                rec, reason_place_change, home_postcode_district, placement_postcode_district, urn
            ORDER BY source_file, source_line) AS copy_number,
        max(collection_year) OVER (PARTITION BY council, child_key, decom) AS latest_collection_year
    FROM children_episodes
),
starts AS (
    SELECT *,
        CASE WHEN copy_number = 1 AND collection_year = latest_collection_year
            THEN row_number() OVER (
                PARTITION BY council, collection_year, child_key, decom,
                    copy_number = 1 AND collection_year = latest_collection_year
                ORDER BY source_file DESC, source_line DESC)
        END AS start_rank
    FROM copies
),
dropped AS (
    SELECT *,
        CASE
            WHEN collection_year < latest_collection_year THEN 'dropped_superseded'
            WHEN copy_number > 1 THEN 'dropped_duplicate'
            WHEN start_rank > 1 THEN 'dropped_same_start'
        END AS drop_reason
    FROM starts
),
kept AS (
    SELECT *,
        lead(decom) OVER (PARTITION BY council, child_key ORDER BY decom, source_line) AS next_decom
    FROM dropped
    WHERE drop_reason IS NULL
),
repaired AS (
    SELECT *,
        CASE
            WHEN next_decom IS NULL THEN NULL
            WHEN dec IS NULL THEN 'closed_open_episode'
            WHEN dec > next_decom THEN 'trimmed_overlap'
        END AS fix
    FROM kept
)
SELECT
    * EXCLUDE (dec, fix, next_decom, copy_number, latest_collection_year, start_rank, drop_reason),
    CASE WHEN fix IS NULL THEN dec ELSE next_decom END AS dec,
    dec AS dec_as_sent,
    true AS kept,
    fix AS repair,
    next_decom,
    CASE WHEN fix IS NULL AND dec < next_decom THEN (next_decom - dec)::INTEGER END AS gap_days
FROM repaired
UNION ALL BY NAME
SELECT
    * EXCLUDE (copy_number, latest_collection_year, start_rank, drop_reason),
    dec AS dec_as_sent,
    false AS kept,
    drop_reason AS repair,
    NULL::DATE AS next_decom,
    NULL::INTEGER AS gap_days
FROM dropped
WHERE drop_reason IS NOT NULL;
