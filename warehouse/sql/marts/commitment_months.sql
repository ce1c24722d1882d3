-- materialise: computed once a run, since several models read it
-- What each commitment line costs in each month of a financial year it covers: the
-- weekly cost x the days of the line inside the month / 7, rounded half away from zero to
-- the penny in exact arithmetic (as a payment for the month would be). The basis of
-- remaining commitments and of payment matching.
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.commitment_months AS
WITH periods AS (
    SELECT * FROM dim_period
    WHERE financial_year IN (SELECT financial_year FROM ledger UNION SELECT financial_year FROM budgets)
)
SELECT
    c.council,
    p.financial_year,
    p.period,
    p.month_start,
    p.month_end,
    c.commitment_reference,
    c.local_person_key,
    c.client_group,
    c.cost_centre,
    c.provider_id,
    c.weekly_cost,
    greatest(c.start_date, p.month_start) AS first_day,
    least(coalesce(c.end_date, p.month_end), p.month_end) - greatest(c.start_date, p.month_start) + 1 AS days,
    CAST(exact_ratio(c.weekly_cost
        * (least(coalesce(c.end_date, p.month_end), p.month_end) - greatest(c.start_date, p.month_start) + 1),
        7, 1, 2) AS DECIMAL(18, 2)) AS amount,
    c.source_file,
    c.source_line
FROM commitments AS c
JOIN periods AS p
    ON c.start_date <= p.month_end AND coalesce(c.end_date, DATE '9999-12-31') >= p.month_start;
