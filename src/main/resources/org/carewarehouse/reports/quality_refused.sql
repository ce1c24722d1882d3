-- One council's files refused as a whole (CW010 unreadable, CW011 a copy of another file,
-- CW016 damaged, CW018 too many rows rejected, CW019 far fewer rows than on recent nights)
-- and, for each, what was kept in its place (CW020).
WITH params AS (SELECT CAST(? AS VARCHAR) AS council)
SELECT r.feed, r.source_file, r.source_line, r.rule, r.message
FROM rejects AS r
CROSS JOIN params
WHERE regexp_extract(r.source_file, 'E[0-9]{8}') IN (params.council, '')
    AND r.rule IN ('CW010', 'CW011', 'CW016', 'CW018', 'CW019', 'CW020')
ORDER BY r.feed, r.source_file, r.rule
