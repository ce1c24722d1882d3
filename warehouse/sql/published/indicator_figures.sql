-- Every indicator's published figures (indicators_published): numerator, denominator,
-- value and 95% interval as text, [c] where a small count is suppressed, with the next
-- smallest cell of a breakdown hidden too.
CREATE SCHEMA IF NOT EXISTS published;

CREATE OR REPLACE VIEW published.indicator_figures AS
SELECT indicator_id, definition_version, title, council, council_name, region, financial_year, breakdown, unit,
    numerator, denominator, value, lower_95, upper_95, suppressed
FROM indicators_published;
