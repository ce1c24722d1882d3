-- materialise: computed once a run, since the board report reads it for every council
-- Two community markets on the business date, per council: home care (service component
-- Home Support) and day care (Day Support). council_funded_people: service users with a
-- long-term community service of that component open that day (service_events), and of
-- them those who take it as a direct payment (delivery mechanism Direct Payment).
-- Self-funders, the method market position statements use where a provider survey gives
-- the self-funded share s of a market: self-funded people = council-funded people x s /
-- (1 - s), s from warehouse/reference/market-assumptions.csv (home_care_self_funder_share,
-- its source named); market_people = council-funded + self-funded. A component without an
-- assumption (day care) has no self-funder estimate.
-- unique: council, service_component
-- references: council -> dim_council.council
CREATE OR REPLACE VIEW market_community_services AS
WITH assumptions AS (
    SELECT
        CASE assumption
            WHEN 'home_care_self_funder_share' THEN 'Home Support'
            WHEN 'day_care_self_funder_share' THEN 'Day Support'
        END AS service_component,
        CAST(value AS DECIMAL(9, 4)) AS share,
        source
    FROM read_csv('{{run}}/reference/market-assumptions.csv', header = true,
        columns = {'assumption': 'VARCHAR', 'value': 'VARCHAR', 'source': 'VARCHAR'})
    WHERE assumption IN ('home_care_self_funder_share', 'day_care_self_funder_share')
),
open_services AS (
    SELECT
        council,
        service_component,
        count(DISTINCT person_key) AS council_funded_people,
        count(DISTINCT person_key) FILTER (WHERE delivery_mechanism = 'Direct Payment') AS direct_payment_people
    FROM internal.service_events
    WHERE event_type = 'Service'
        AND client_type = 'Service User'
        AND service_type = 'Long Term Support: Community'
        AND service_component IN ('Home Support', 'Day Support')
        AND event_start_date <= DATE '{{as_of}}'
        AND coalesce(event_end_date, DATE '{{as_of}}') >= DATE '{{as_of}}'
    GROUP BY ALL
),
estimated AS (
    SELECT
        s.*,
        a.share AS self_funder_share_assumption,
        CAST(exact_ratio(s.council_funded_people * a.share, 1 - a.share, 1, 0) AS BIGINT) AS self_funded_people,
        a.source AS self_funder_source
    FROM open_services AS s
    LEFT JOIN assumptions AS a USING (service_component)
)
SELECT
    council,
    service_component,
    council_funded_people,
    direct_payment_people,
    exact_ratio(direct_payment_people, council_funded_people, 100, 1) AS direct_payment_share,
    self_funder_share_assumption,
    self_funded_people,
    council_funded_people + self_funded_people AS market_people,
    exact_ratio(self_funded_people, council_funded_people + self_funded_people, 100, 1) AS self_funded_share,
    self_funder_source
FROM estimated;
