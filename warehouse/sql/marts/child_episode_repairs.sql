-- Every loaded SSDA903 episode with what LIIA's tools do to it (liia-tools-pipeline), one
-- row per row of children_episodes, so that each repaired or deleted row is accounted for:
--   DUPLICATE_REMOVAL  la-agg keeps another row of the same CHILD and DECOM
--                      (child_episodes_deduplicated): deleted;
--   RULE_1, RULE_1A, RULE_2, RULE_3, RULE_3A  fix_episodes.py stage 1
--                      (child_episodes_stage1); RULE_3 and RULE_3A rows are deleted;
--   RULE_4  stage 2 (lines 291-378): DEC runs past the next episode's DECOM and the next
--           episode came in a later collection year: DEC = the next DECOM;
--   RULE_5  stage 2: DEC is before the next DECOM, REC is X1 (the episode continues) and
--           the next episode came in a later collection year: DEC = the next DECOM.
-- Stage 2 looks at the episodes stage 1 kept, with stage 1's DEC and REC, so one row can
-- have two rules; repair_rule then names both as LIIA's Episode_source does
-- ('RULE_1 | RULE_5'). repair_rule is NULL for a row left as sent (LIIA's 'Original').
-- repair_change says what changed; dec_as_sent, rec_as_sent and
-- reason_place_change_as_sent keep the values as loaded. next_decom is the next kept
-- episode's DECOM and gap_days the days from DEC to it, when positive.
CREATE OR REPLACE VIEW child_episode_repairs AS
WITH stage1 AS (
    SELECT *,
        CASE stage1_rule
            WHEN 'RULE_1' THEN decom_next
            WHEN 'RULE_1A' THEN least(make_date(collection_year, 3, 31), decom_next - 1)
            WHEN 'RULE_2' THEN make_date(collection_year, 3, 31)
            ELSE dec
        END AS dec_stage1,
        CASE
            WHEN stage1_rule = 'RULE_1' THEN 'X1'
            WHEN stage1_rule IN ('RULE_1A', 'RULE_2') THEN 'E99'
            ELSE rec
        END AS rec_stage1,
        CASE
            WHEN stage1_rule = 'RULE_1' AND rne_next IN ('P', 'B', 'T', 'U') THEN 'LIIAF'
            ELSE reason_place_change
        END AS reason_place_change_stage1
    FROM internal.child_episodes_stage1
    WHERE stage1_rule IS NULL OR stage1_rule NOT IN ('RULE_3', 'RULE_3A')
),
stage2 AS (
    SELECT *,
        lead(decom) OVER episode AS decom_after,
        lead(collection_year) OVER episode AS year_after
    FROM stage1
    WINDOW episode AS (PARTITION BY council, child_key ORDER BY decom)
),
ruled AS (
    SELECT *,
        CASE WHEN decom_after IS NOT NULL AND dec_stage1 IS NOT NULL AND collection_year < year_after THEN
            CASE
                WHEN dec_stage1 > decom_after THEN 'RULE_4'
                WHEN dec_stage1 < decom_after AND rec_stage1 = 'X1' THEN 'RULE_5'
            END
        END AS stage2_rule
    FROM stage2
),
repaired AS (
    SELECT *,
        CASE WHEN stage2_rule IS NULL THEN dec_stage1 ELSE decom_after END AS dec_repaired
    FROM ruled
)
SELECT
    * EXCLUDE (dec, rec, reason_place_change, dec_stage1, rec_stage1, reason_place_change_stage1, dec_repaired,
        stage1_rule, stage2_rule, decom_after, year_after, year_latest, decom_previous, decom_next, year_previous,
        rne_next, open_episode_error, next_is_duplicate, previous_is_duplicate, previous_submitted_later),
    dec_repaired AS dec,
    rec_stage1 AS rec,
    reason_place_change_stage1 AS reason_place_change,
    dec AS dec_as_sent,
    rec AS rec_as_sent,
    reason_place_change AS reason_place_change_as_sent,
    true AS kept,
    nullif(concat_ws(' | ', stage1_rule, stage2_rule), '') AS repair_rule,
    nullif(concat_ws('; ',
        CASE WHEN dec_repaired IS DISTINCT FROM dec
            THEN 'DEC ' || coalesce(dec::VARCHAR, 'blank') || ' -> ' || dec_repaired::VARCHAR END,
        CASE WHEN rec_stage1 IS DISTINCT FROM rec
            THEN 'REC ' || coalesce(rec, 'blank') || ' -> ' || rec_stage1 END,
        CASE WHEN reason_place_change_stage1 IS DISTINCT FROM reason_place_change
            THEN 'REASON_PLACE_CHANGE ' || coalesce(reason_place_change, 'blank') || ' -> '
                || reason_place_change_stage1 END), '') AS repair_change,
    decom_after AS next_decom,
    CASE WHEN dec_repaired < decom_after THEN (decom_after - dec_repaired)::INTEGER END AS gap_days
FROM repaired
UNION ALL BY NAME
SELECT
    * EXCLUDE (stage1_rule, year_latest, decom_previous, decom_next, year_previous, rne_next, open_episode_error,
        next_is_duplicate, previous_is_duplicate, previous_submitted_later),
    dec AS dec_as_sent,
    rec AS rec_as_sent,
    reason_place_change AS reason_place_change_as_sent,
    false AS kept,
    stage1_rule AS repair_rule,
    CASE stage1_rule
        WHEN 'RULE_3' THEN 'deleted: open, in an older collection year, and a repeat of the '
            || CASE WHEN next_is_duplicate THEN 'next' ELSE 'previous' END || ' episode'
        ELSE 'deleted: open, and the previous episode came in the later collection year '
            || year_previous::VARCHAR
    END AS repair_change,
    NULL::DATE AS next_decom,
    NULL::INTEGER AS gap_days
FROM internal.child_episodes_stage1
WHERE stage1_rule IN ('RULE_3', 'RULE_3A')
UNION ALL BY NAME
SELECT
    * EXCLUDE (kept_by_la_agg, kept_file, kept_line),
    dec AS dec_as_sent,
    rec AS rec_as_sent,
    reason_place_change AS reason_place_change_as_sent,
    false AS kept,
    'DUPLICATE_REMOVAL' AS repair_rule,
    'deleted: la-agg keeps ' || kept_file || ' line ' || kept_line::VARCHAR
        || ' for this CHILD and DECOM (latest DEC, then latest collection year)' AS repair_change,
    NULL::DATE AS next_decom,
    NULL::INTEGER AS gap_days
FROM internal.child_episodes_deduplicated
WHERE NOT kept_by_la_agg;
