-- The published zone (schema published) leaves the council: no column of it may be named
-- like something that re-links a row to a person or a source system (a person, child,
-- worker or workplace key or id, an event or commitment reference, a source file or line,
-- a cost centre, an NHS number, a postcode, a birth date, a name). Read from the
-- catalog's own columns, so a view added later is checked too; and a catalog with no
-- published view at all is broken.
SELECT table_name, column_name
FROM information_schema.columns
WHERE table_catalog = current_database() AND table_schema = 'published'
    AND regexp_matches(lower(column_name),
        '(^|_)(person|people|child|worker|workplace|provider|event|nhs|postcode|birth|dob|urn)(_|$)'
        || '|(^|_)(key|id|ref|reference|line|file|cost_centre)(_|$)|_name$')
    AND lower(column_name) NOT IN ('indicator_id', 'council_name')
UNION ALL
SELECT 'no published view', NULL
WHERE NOT EXISTS (
    SELECT 1 FROM information_schema.tables
    WHERE table_catalog = current_database() AND table_schema = 'published'
);
