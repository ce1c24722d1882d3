-- materialise: computed alone, then read by indicator_values
-- COST-LEDGER-WEEK: the finance side of cost per week: ledger spend in a support setting
-- and age band (fct_spend, through the cost-centre map) divided by the client days the
-- services feed records in the same setting and age band, x 7: the placement days of
-- every service, costed or not (fct_service_costs), since the ledger pays for them all. The finance return's
-- guidance warns the two are not the same thing (the ledger holds accruals, income and
-- services the CLD does not cost); cost_comparison sets them side by side.
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.ind_cost_ledger AS
WITH ledger AS (
    SELECT council, financial_year, support_setting, coalesce(age_band, 'All ages') AS age_band, CAST(sum(spend) AS DECIMAL(18, 2)) AS spend
    FROM fct_spend
    WHERE support_setting IN ('Residential', 'Nursing')
    GROUP BY ALL
),
days AS (
    SELECT council, financial_year, support_setting, age_band, sum(placement_days) AS days
    FROM fct_service_costs
    GROUP BY ALL
)
SELECT 'COST-LEDGER-WEEK' AS indicator_id, l.council, l.financial_year,
    'Setting: ' || l.support_setting || ' | Age: ' || l.age_band AS breakdown,
    l.spend AS numerator, d.days AS denominator
FROM ledger AS l
JOIN days AS d ON d.council = l.council AND d.financial_year = l.financial_year
    AND d.support_setting = l.support_setting AND d.age_band = l.age_band;
