-- The published zone: aggregates safe to share outside the council, in the schema
-- published (the default schema main is the council's restricted zone). No column of it
-- names a person, an event, a commitment, a source file or line, or a cost centre
-- (warehouse/tests/published_columns_identify_nothing.sql). shown_count is a count as
-- published: 1 to care.warehouse.suppression-threshold shows as [c], zero is shown.
CREATE SCHEMA IF NOT EXISTS published;

CREATE OR REPLACE MACRO published.shown_count(n) AS
    CASE WHEN n BETWEEN 1 AND {{suppression_threshold}} THEN '[c]' ELSE CAST(n AS VARCHAR) END;
