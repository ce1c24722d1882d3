-- What each published indicator means: the catalogue's definitions, for the reader of
-- published.indicator_figures.
CREATE SCHEMA IF NOT EXISTS published;

CREATE OR REPLACE VIEW published.indicator_definitions AS
SELECT indicator_id, version AS definition_version, title, ascof_old, ascof_new, numerator_definition,
    denominator_definition, unit, multiplier, decimals, method, polarity, suppress, national_source, departures
FROM indicator_catalogue;
