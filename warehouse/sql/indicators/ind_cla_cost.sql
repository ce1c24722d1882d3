-- materialise: computed alone, then read by indicator_values
-- CLA-COST-DAY: children's placements' cost per placement day from the commitment register
-- (commitment_months, client group Children): what the lines cost in the year over the
-- placement days they cover, by the cost-centre map's placement type (residential, IFA,
-- in-house fostering...) and overall. people counts the children the cell's lines are
-- for: a cost per day of one to care.warehouse.suppression-threshold children is their
-- placements' price, so a published figure hides it (indicator_values).
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.ind_cla_cost AS
SELECT 'CLA-COST-DAY' AS indicator_id, m.council, m.financial_year,
    CASE WHEN grouping(cc.support_setting) = 0 THEN 'Setting: ' || coalesce(cc.support_setting, 'Unmapped')
         ELSE 'All' END AS breakdown,
    CAST(sum(m.amount) AS DECIMAL(18, 2)) AS numerator,
    sum(m.days) AS denominator,
    count(DISTINCT m.local_person_key) AS people
FROM commitment_months AS m
LEFT JOIN cost_centres AS cc ON cc.council = m.council AND cc.cost_centre = m.cost_centre
WHERE m.client_group = 'Children'
GROUP BY GROUPING SETS ((m.council, m.financial_year), (m.council, m.financial_year, cc.support_setting));
