-- Rejected rows of one council's files (a file whose name carries no GSS code, such as
-- a population estimate, belongs to every council) by rule, with the file and line and
-- the row's own key in its source system (an event or commitment reference) the data
-- owner finds the row by. Internal: the line points at a person's record.
WITH params AS (SELECT CAST(? AS VARCHAR) AS council)
SELECT r.feed, r.rule, coalesce(k.description, '') AS rule_description, r.severity, r.source_file, r.source_line,
    r.source_file || ':' || r.source_line AS location, coalesce(r.record_key, '') AS record_key,
    coalesce(r.column_name, '') AS column_name, r.message
FROM rejects AS r
CROSS JOIN params
LEFT JOIN rules AS k ON k.rule = r.rule
WHERE regexp_extract(r.source_file, 'E[0-9]{8}') IN (params.council, '')
    AND r.rule NOT IN ('CW010', 'CW011', 'CW016', 'CW018', 'CW019', 'CW020')
ORDER BY r.feed, r.rule, r.source_file, r.source_line, column_name
