-- Ledger cost centres with no row in the cost-centre map: their spend shows in fct_spend
-- as 'Unmapped' until finance maps them. A list to work through, not a reason to stop the
-- night's load.
CREATE OR REPLACE VIEW ledger_unmapped_cost_centres AS
SELECT l.council, l.cost_centre, count(*) AS postings, CAST(sum(l.amount) AS DECIMAL(18, 2)) AS amount
FROM ledger AS l
LEFT JOIN cost_centres AS c
    ON c.council = l.council AND c.cost_centre = l.cost_centre
WHERE c.cost_centre IS NULL
GROUP BY l.council, l.cost_centre;
