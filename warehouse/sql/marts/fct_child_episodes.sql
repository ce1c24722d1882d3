-- Children's placement episodes after repair (see child_episode_repairs): dropped rows left out,
-- open episodes followed by a later one closed, overlaps trimmed, gaps flagged in gap_days.
-- repair names the repair applied to the row, NULL if none. The in-area flag needs the
-- councils' postcode districts (a reference table not yet loaded) and is not here yet.
CREATE OR REPLACE VIEW fct_child_episodes AS
SELECT * EXCLUDE (kept)
FROM child_episode_repairs
WHERE kept;
