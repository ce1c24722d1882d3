-- materialise: computed once a run, since several models read it
-- Payments in the ledger matched to commitments, month by month up to tonight's business
-- date, with both sides of every mismatch. A ledger line quoting a commitment's reference
-- is matched on the reference and month; the other lines with a provider (invoices) on
-- the cost centre, provider and month against the commitments no payment quotes. Journals
-- with no provider (accruals, recharges) are not payments and are left out. Expected is
-- what commitment_months says the month costs; paid is the net of the month's lines
-- (credit notes and reversals included). status:
--   Matched                   paid = expected, to the penny;
--   Paid twice                a payment amount stands twice without a reversal or credit;
--   Paid at a different rate  paid differs from expected otherwise;
--   Paid with no placement    nothing was committed for it that month;
--   Placement with no payment nothing was paid for a month the commitment covers.
CREATE OR REPLACE VIEW fct_payment_matching AS
WITH payments AS (
    SELECT g.*, r.commitment_reference AS match_reference
    FROM ledger AS g
    LEFT JOIN (SELECT DISTINCT council, commitment_reference FROM commitments) AS r
        ON r.council = g.council AND r.commitment_reference = g.reference
    WHERE g.provider_id IS NOT NULL AND g.posting_date <= DATE '{{as_of}}'
),
paid_by_reference AS (
    SELECT DISTINCT council, match_reference AS reference FROM payments WHERE match_reference IS NOT NULL
),
expected AS (
    SELECT c.council, c.financial_year, c.period, c.cost_centre, c.provider_id,
        CASE WHEN r.reference IS NOT NULL THEN c.commitment_reference END AS reference,
        CAST(sum(c.amount) AS DECIMAL(18, 2)) AS expected,
        -- each list gathered unordered and sorted after: an ordered aggregate, list(... ORDER
        -- BY ...), holds every group in memory and fails past memory_limit instead of spilling
        list_transform(list_sort(list({'reference': c.commitment_reference, 'first_day': c.first_day,
            'line': c.commitment_reference || ' ' || c.weekly_cost || ' a week x ' || c.days || ' days'})),
            lambda e: e.line) AS commitment_lines
    FROM internal.commitment_months AS c
    LEFT JOIN paid_by_reference AS r ON r.council = c.council AND r.reference = c.commitment_reference
    WHERE c.month_end <= DATE '{{as_of}}'
      AND c.financial_year IN (SELECT DISTINCT financial_year FROM ledger)
    GROUP BY ALL
),
paid AS (
    SELECT council, financial_year, period, cost_centre, provider_id,
        match_reference AS reference,
        CAST(sum(amount) AS DECIMAL(18, 2)) AS paid,
        list_transform(list_sort(list({'source_file': source_file, 'source_line': source_line,
            'line': source_file || ':' || source_line || ' ' || amount})), lambda e: e.line) AS payment_lines
    FROM payments
    GROUP BY ALL
),
-- An amount paid more often than it was reversed or credited, within one month's group.
repeats AS (
    SELECT council, financial_year, period, cost_centre, provider_id, reference,
        bool_or(net > 1) AS repeated
    FROM (
        SELECT council, financial_year, period, cost_centre, provider_id, match_reference AS reference,
            count(*) FILTER (WHERE amount > 0) - count(*) FILTER (WHERE amount < 0) AS net
        FROM payments
        GROUP BY council, financial_year, period, cost_centre, provider_id, match_reference, abs(amount)
    )
    GROUP BY ALL
),
matched AS (
    SELECT
        coalesce(e.council, p.council) AS council,
        coalesce(e.financial_year, p.financial_year) AS financial_year,
        coalesce(e.period, p.period) AS period,
        CASE WHEN coalesce(e.reference, p.reference) IS NOT NULL THEN 'Reference' ELSE 'Provider and month' END
            AS matched_on,
        coalesce(e.cost_centre, p.cost_centre) AS cost_centre,
        coalesce(e.provider_id, p.provider_id) AS provider_id,
        coalesce(e.reference, p.reference) AS reference,
        coalesce(e.expected, 0) AS expected,
        coalesce(p.paid, 0) AS paid,
        CAST(coalesce(p.paid, 0) - coalesce(e.expected, 0) AS DECIMAL(18, 2)) AS difference,
        e.commitment_lines,
        p.payment_lines,
        coalesce(r.repeated, false) AS repeated,
        e.expected IS NOT NULL AS committed,
        p.paid IS NOT NULL AS has_payment
    FROM expected AS e
    FULL JOIN paid AS p
        ON p.council = e.council AND p.financial_year = e.financial_year AND p.period = e.period
        AND p.cost_centre = e.cost_centre AND p.provider_id = e.provider_id
        AND coalesce(p.reference, '') = coalesce(e.reference, '')
    LEFT JOIN repeats AS r
        ON r.council = p.council AND r.financial_year = p.financial_year AND r.period = p.period
        AND r.cost_centre = p.cost_centre AND r.provider_id = p.provider_id
        AND coalesce(r.reference, '') = coalesce(p.reference, '')
)
SELECT * EXCLUDE (repeated, committed, has_payment),
    CASE
        WHEN NOT has_payment THEN 'Placement with no payment'
        WHEN NOT committed THEN 'Paid with no placement'
        WHEN paid = expected THEN 'Matched'
        WHEN repeated THEN 'Paid twice'
        ELSE 'Paid at a different rate'
    END AS status
FROM matched;
