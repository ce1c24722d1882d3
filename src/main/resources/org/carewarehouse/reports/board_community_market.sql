-- One council's home care and day care markets on the business date
-- (market_community_services); a count of 1 to the suppression threshold shows as [c],
-- and so does every figure of its row that would give it away.
WITH chosen AS (SELECT CAST(? AS VARCHAR) AS council),
shown AS (
    SELECT s.*, published.shown_count(council_funded_people) = '[c]' AS hidden
    FROM market_community_services AS s
    JOIN chosen USING (council)
)
SELECT
    CASE service_component WHEN 'Home Support' THEN 'Home care' ELSE 'Day care' END AS "Service",
    published.shown_count(council_funded_people) AS "Council-funded people",
    published.shown_count(direct_payment_people) AS "By direct payment",
    CASE WHEN hidden OR published.shown_count(direct_payment_people) = '[c]' THEN '[c]'
        ELSE CAST(CAST(direct_payment_share AS DECIMAL(9, 1)) AS VARCHAR) END AS "Direct payment %",
    CASE WHEN hidden THEN '[c]' ELSE CAST(self_funded_people AS VARCHAR) END AS "Self-funded (estimate)",
    CASE WHEN hidden THEN '[c]' ELSE CAST(market_people AS VARCHAR) END AS "Market (people)",
    CASE WHEN hidden THEN '[c]' ELSE CAST(CAST(self_funded_share AS DECIMAL(9, 1)) AS VARCHAR) END AS "Self-funded %",
    self_funder_source AS "Self-funder assumption"
FROM shown
ORDER BY service_component DESC
