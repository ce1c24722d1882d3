-- Must return zero rows: every ledger cost centre has a row in the cost-centre map.
SELECT l.council, l.cost_centre, count(*) AS postings, sum(l.amount) AS amount
FROM ledger l
LEFT JOIN cost_centres c
    ON c.council = l.council AND c.cost_centre = l.cost_centre
WHERE c.cost_centre IS NULL
GROUP BY l.council, l.cost_centre;
