-- materialise: computed alone, then read by indicator_values
-- Day opportunities (service component Day Support) in each year, from fct_service_costs:
-- placements (unique events) open in the year and distinct providers, by provider type;
-- distinct people, split into in-house only, external only and both; all counted from
-- every service, costed or not (2.Services_fact.sql keeps them all). Spend in the year
-- (DHSC 6.Costs_fact.sql 43-113, summed exact and rounded once, as COST rounds no line),
-- by provider type, and spend per person. Counts and spend have no denominator.
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.ind_day AS
WITH placements AS (
    SELECT *, spend_364ths(spend, unit_cost, cost_frequency, planned_units_per_week, days) AS spend_364ths
    FROM fct_service_costs
    WHERE service_component = 'Day Support'
),
people AS (
    SELECT council, financial_year, person_key,
        CASE WHEN bool_and(provider_type = 'In-house') THEN 'In-house only'
             WHEN bool_or(provider_type = 'In-house') THEN 'Both'
             ELSE 'External only' END AS mix
    FROM placements
    GROUP BY ALL
),
measures AS (
    SELECT 'DAY-PLACEMENTS' AS indicator_id, council, financial_year,
        CASE WHEN grouping(provider_type) = 0 THEN 'Provider type: ' || provider_type ELSE 'All' END AS breakdown,
        count(DISTINCT event_id) AS numerator, NULL AS denominator
    FROM placements
    GROUP BY GROUPING SETS ((council, financial_year), (council, financial_year, provider_type))
    UNION ALL
    SELECT 'DAY-PROVIDERS', council, financial_year,
        CASE WHEN grouping(provider_type) = 0 THEN 'Provider type: ' || provider_type ELSE 'All' END,
        count(DISTINCT provider_id), NULL
    FROM placements
    GROUP BY GROUPING SETS ((council, financial_year), (council, financial_year, provider_type))
    UNION ALL
    SELECT 'DAY-SPEND', council, financial_year,
        CASE WHEN grouping(provider_type) = 0 THEN 'Provider type: ' || provider_type ELSE 'All' END,
        pounds_of_364ths(sum(spend_364ths)), NULL
    FROM placements
    GROUP BY GROUPING SETS ((council, financial_year), (council, financial_year, provider_type))
    UNION ALL
    SELECT 'DAY-PEOPLE', council, financial_year,
        CASE WHEN grouping(mix) = 0 THEN 'Provision: ' || mix ELSE 'All' END,
        count(*), NULL
    FROM people
    GROUP BY GROUPING SETS ((council, financial_year), (council, financial_year, mix))
    UNION ALL
    SELECT 'DAY-SPEND-PERSON', p.council, p.financial_year, 'All', pounds_of_364ths(sum(p.spend_364ths)),
        count(DISTINCT p.person_key)
    FROM placements AS p
    GROUP BY p.council, p.financial_year
)
SELECT indicator_id, council, financial_year, breakdown, CAST(numerator AS DECIMAL(18, 2)) AS numerator, denominator
FROM measures;
