-- What the published zone is: the business date its figures run to and the suppression
-- threshold they were published with (counts from 1 to it show as [c]). export writes
-- both into its README.
CREATE SCHEMA IF NOT EXISTS published;

CREATE OR REPLACE VIEW published.publication AS
SELECT DATE '{{as_of}}' AS as_of, CAST({{suppression_threshold}} AS INTEGER) AS suppression_threshold;
