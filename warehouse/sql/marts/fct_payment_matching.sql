-- materialise: computed once a run, since several models read it
-- Payments in the ledger matched to commitments, month by month up to tonight's business
-- date: one row per match of fct_payment_lines (match_id), its lines counted there. A
-- ledger line quoting a commitment's reference is matched on the reference and month,
-- whatever cost centre and provider it is coded to: the match carries the commitment's
-- cost centre and provider (the lowest, where a month's lines moved), and
-- coded_elsewhere says payments of it stand, net, on a cost centre and provider none of
-- its commitment lines has, a journal for finance to make though the amounts agree. The other
-- lines with a provider (invoices) are matched on the cost centre, provider and month
-- against the commitments no payment quotes. Expected is what commitment_months says the
-- month costs; paid is the net of the month's lines (credit notes and reversals included).
-- status:
--   Matched                   paid = expected, to the penny;
--   Paid twice                a payment amount stands twice without a reversal or credit;
--   Paid at a different rate  paid differs from expected otherwise;
--   Paid with no placement    nothing was committed for it that month;
--   Placement with no payment nothing was paid for a month the commitment covers.
-- A match coded elsewhere is an exception whatever its status.
-- unique: match_id
CREATE OR REPLACE VIEW fct_payment_matching AS
WITH amounts AS (
    -- each amount of a match, its sign aside: paid more often than reversed or credited is
    -- paid twice
    SELECT match_id, council, financial_year, period, reference,
        min(cost_centre) FILTER (WHERE line_kind = 'Commitment') AS committed_cost_centre,
        min(provider_id) FILTER (WHERE line_kind = 'Commitment') AS committed_provider_id,
        min(cost_centre) AS any_cost_centre,
        min(provider_id) AS any_provider_id,
        sum(amount) FILTER (WHERE line_kind = 'Commitment') AS expected,
        sum(amount) FILTER (WHERE line_kind = 'Ledger') AS paid,
        count(*) FILTER (WHERE line_kind = 'Commitment') AS commitment_count,
        count(*) FILTER (WHERE line_kind = 'Ledger') AS payment_count,
        count(*) FILTER (WHERE line_kind = 'Ledger' AND amount > 0)
            - count(*) FILTER (WHERE line_kind = 'Ledger' AND amount < 0) AS net_payments
    FROM fct_payment_lines
    GROUP BY match_id, council, financial_year, period, reference, abs(amount)
),
-- payments quoting the reference that stand, net, on a cost centre and provider no
-- commitment line of the month has (a miscoding reversed and posted again does not):
-- each coding of a reference match, with what is committed and paid on it
codings AS (
    SELECT match_id,
        bool_or(line_kind = 'Commitment') AS committed,
        coalesce(sum(amount) FILTER (WHERE line_kind = 'Ledger'), 0) AS paid
    FROM fct_payment_lines
    WHERE reference IS NOT NULL
    GROUP BY match_id, cost_centre, provider_id
),
coded_elsewhere AS (
    SELECT match_id
    FROM codings
    GROUP BY match_id
    HAVING bool_or(committed) AND bool_or(paid <> 0 AND NOT committed)
),
matches AS (
    SELECT match_id, council, financial_year, period, reference,
        coalesce(min(committed_cost_centre), min(any_cost_centre)) AS cost_centre,
        coalesce(min(committed_provider_id), min(any_provider_id)) AS provider_id,
        CAST(coalesce(sum(expected), 0) AS DECIMAL(18, 2)) AS expected,
        CAST(coalesce(sum(paid), 0) AS DECIMAL(18, 2)) AS paid,
        CAST(sum(commitment_count) AS BIGINT) AS commitment_line_count,
        CAST(sum(payment_count) AS BIGINT) AS payment_line_count,
        bool_or(net_payments > 1) AS repeated
    FROM amounts
    GROUP BY match_id, council, financial_year, period, reference
)
SELECT council, financial_year, period,
    CASE WHEN reference IS NOT NULL THEN 'Reference' ELSE 'Provider and month' END AS matched_on,
    cost_centre, provider_id, reference, expected, paid,
    CAST(paid - expected AS DECIMAL(18, 2)) AS difference,
    CASE
        WHEN payment_line_count = 0 THEN 'Placement with no payment'
        WHEN commitment_line_count = 0 THEN 'Paid with no placement'
        WHEN paid = expected THEN 'Matched'
        WHEN repeated THEN 'Paid twice'
        ELSE 'Paid at a different rate'
    END AS status,
    match_id IN (SELECT match_id FROM coded_elsewhere) AS coded_elsewhere,
    commitment_line_count, payment_line_count, match_id
FROM matches;
