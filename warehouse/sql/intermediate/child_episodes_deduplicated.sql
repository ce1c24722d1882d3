-- Every loaded SSDA903 episode, marked with whether LIIA's la-agg step keeps it. la-agg
-- (liia-tools-pipeline liiatools/ssda903_pipeline/spec/la-agg.yml, at commit fb8c14f^,
-- and lds_ssda903_la_agg/process.py deduplicate()) sorts the council's episodes of every
-- collection year by DEC, then YEAR, both descending (pandas puts a blank DEC last), and
-- keeps the first row of each CHILD and DECOM. So the latest DEC wins, a closed episode
-- beats an open one, and the latest collection year only breaks a tie on DEC. pandas
-- sorts stably, so of two rows equal on both the first in the file wins.
-- kept_file and kept_line name the row la-agg keeps for this CHILD and DECOM.
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.child_episodes_deduplicated AS
SELECT *,
    (row_number() OVER la_agg) = 1 AS kept_by_la_agg,
    first_value(source_file) OVER la_agg AS kept_file,
    first_value(source_line) OVER la_agg AS kept_line
FROM children_episodes
WINDOW la_agg AS (
    PARTITION BY council, child_key, decom
    ORDER BY dec DESC NULLS LAST, collection_year DESC, source_file, source_line
    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING);
