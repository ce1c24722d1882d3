-- materialise: computed once a run, since several models read it
-- Every line behind a payment match, one row each: the commitment lines' months as
-- commitment_months prices them (line_kind Commitment) and the ledger's payments up to
-- tonight's business date (line_kind Ledger), each with the match it belongs to in
-- fct_payment_matching (match_id). A ledger line quoting a commitment's reference is
-- matched on the reference and month, whatever cost centre and provider it is coded to (a
-- line of the year-end adjustment periods 13-16 in March, the month they close); the
-- other lines with a provider (invoices) on the cost centre, provider and month against
-- the commitments no payment quotes, so their reference is null. Journals with no provider (accruals, recharges) are not payments and
-- are left out, as are commitments in financial years the council's ledger does not hold
-- (another council's ledger of that year says nothing of this council's payments). A line is
-- a row, not an element of a list in its match's row, so that no row grows with the
-- number of lines and the build spills to disk past DuckDB's memory limit.
CREATE OR REPLACE VIEW fct_payment_lines AS
WITH payments AS (
    SELECT g.* REPLACE (least(g.period, 12) AS period), r.commitment_reference AS match_reference
    FROM ledger AS g
    LEFT JOIN (SELECT DISTINCT council, commitment_reference FROM commitments) AS r
        ON r.council = g.council AND r.commitment_reference = g.reference
    WHERE g.provider_id IS NOT NULL AND g.posting_date <= DATE '{{as_of}}'
),
paid_by_reference AS (
    SELECT DISTINCT council, match_reference AS reference FROM payments WHERE match_reference IS NOT NULL
),
lines AS (
    SELECT c.council, c.financial_year, c.period, c.cost_centre, c.provider_id,
        CASE WHEN r.reference IS NOT NULL THEN c.commitment_reference END AS reference,
        'Commitment' AS line_kind, c.commitment_reference AS line_reference, c.first_day AS line_date, c.amount,
        c.commitment_reference || ' ' || c.weekly_cost || ' a week x ' || c.days || ' days' AS line,
        c.source_file, c.source_line
    FROM internal.commitment_months AS c
    LEFT JOIN paid_by_reference AS r ON r.council = c.council AND r.reference = c.commitment_reference
    WHERE c.month_end <= DATE '{{as_of}}'
      AND EXISTS (SELECT 1 FROM ledger AS y WHERE y.council = c.council AND y.financial_year = c.financial_year)
    UNION ALL
    SELECT council, financial_year, period, cost_centre, provider_id, match_reference, 'Ledger', reference,
        posting_date, amount, source_file || ':' || source_line || ' ' || amount, source_file, source_line
    FROM payments
)
SELECT md5(CASE WHEN reference IS NOT NULL THEN concat_ws('|', council, financial_year, period, reference)
            ELSE concat_ws('|', council, financial_year, period, cost_centre, provider_id, '') END) AS match_id,
    *
FROM lines;
