-- materialise: computed once a run, since several models read it
-- Payments in the ledger matched to commitments, month by month up to tonight's business
-- date: one row per match of fct_payment_lines (match_id), its lines counted there. A
-- ledger line quoting a commitment's reference is matched on the reference and month,
-- whatever cost centre and provider it is coded to: the match carries the commitment's
-- cost centre and provider (the lowest pair of one line, where a month's lines moved), and
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
    -- paid twice; an invoice's match is one cost centre and provider, a reference match's
    -- coding comes from its lines (codings)
    SELECT match_id, council, financial_year, period, reference,
        CASE WHEN reference IS NULL THEN cost_centre END AS invoice_cost_centre,
        CASE WHEN reference IS NULL THEN provider_id END AS invoice_provider_id,
        sum(amount) FILTER (WHERE line_kind = 'Commitment') AS expected,
        sum(amount) FILTER (WHERE line_kind = 'Ledger') AS paid,
        count(*) FILTER (WHERE line_kind = 'Commitment') AS commitment_count,
        count(*) FILTER (WHERE line_kind = 'Ledger') AS payment_count,
        count(*) FILTER (WHERE line_kind = 'Ledger' AND amount > 0)
            - count(*) FILTER (WHERE line_kind = 'Ledger' AND amount < 0) AS net_payments
    FROM fct_payment_lines
    GROUP BY match_id, council, financial_year, period, reference, invoice_cost_centre, invoice_provider_id,
        abs(amount)
),
-- each coding of a reference match, with what is committed and paid on it
codings AS (
    SELECT match_id, cost_centre, provider_id,
        bool_or(line_kind = 'Commitment') AS committed,
        coalesce(sum(amount) FILTER (WHERE line_kind = 'Ledger'), 0) AS paid
    FROM fct_payment_lines
    WHERE reference IS NOT NULL
    GROUP BY match_id, cost_centre, provider_id
),
-- a reference match's cost centre and provider: its commitment's (the lowest pair of
-- one line, where a month's lines moved), or its payments' where nothing is committed; coded elsewhere
-- where payments quoting it stand, net, on a coding no commitment line of the month has
-- (a miscoding reversed and posted again does not)
reference_codings AS (
    SELECT match_id,
        coalesce(min((cost_centre, provider_id)) FILTER (WHERE committed), min((cost_centre, provider_id)))
            AS coding,
        bool_or(committed) AND bool_or(paid <> 0 AND NOT committed) AS coded_elsewhere
    FROM codings
    GROUP BY match_id
),
matches AS (
    SELECT match_id, council, financial_year, period, reference,
        any_value(invoice_cost_centre) AS invoice_cost_centre,
        any_value(invoice_provider_id) AS invoice_provider_id,
        CAST(coalesce(sum(expected), 0) AS DECIMAL(18, 2)) AS expected,
        CAST(coalesce(sum(paid), 0) AS DECIMAL(18, 2)) AS paid,
        CAST(sum(commitment_count) AS BIGINT) AS commitment_line_count,
        CAST(sum(payment_count) AS BIGINT) AS payment_line_count,
        bool_or(net_payments > 1) AS repeated
    FROM amounts
    GROUP BY match_id, council, financial_year, period, reference
)
SELECT m.council, m.financial_year, m.period,
    CASE WHEN m.reference IS NOT NULL THEN 'Reference' ELSE 'Provider and month' END AS matched_on,
    coalesce(m.invoice_cost_centre, r.coding[1]) AS cost_centre,
    coalesce(m.invoice_provider_id, r.coding[2]) AS provider_id,
    m.reference, m.expected, m.paid,
    CAST(m.paid - m.expected AS DECIMAL(18, 2)) AS difference,
    CASE
        WHEN m.payment_line_count = 0 THEN 'Placement with no payment'
        WHEN m.commitment_line_count = 0 THEN 'Paid with no placement'
        WHEN m.paid = m.expected THEN 'Matched'
        WHEN m.repeated THEN 'Paid twice'
        ELSE 'Paid at a different rate'
    END AS status,
    coalesce(r.coded_elsewhere, false) AS coded_elsewhere,
    m.commitment_line_count, m.payment_line_count, m.match_id
FROM matches AS m
LEFT JOIN reference_codings AS r ON r.match_id = m.match_id;
