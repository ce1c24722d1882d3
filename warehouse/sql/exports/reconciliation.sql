-- Materialises the reconciliation views: fct_budget_monitoring and fct_payment_matching as
-- Parquet in the run's folder (kept with the run as its snapshot, for BI tools) and as CSV
-- files per council for people who work in Excel, each with its council column and in a
-- stable order (<name>_csv/council=<GSS code>/<name>_0.csv): budget monitoring; every
-- payment match with its line counts; and the exceptions alone (not Matched, or coded
-- elsewhere), one row per commitment or ledger line behind each with the line's own cost
-- centre and provider, in the order of their dates and lines. The views
-- budget_monitoring and payment_matching read the Parquet, payment_lines the lines
-- fct_payment_lines wrote; then budget_alerts and the month-end snapshots, which read
-- budget_monitoring's files.
COPY (SELECT * FROM fct_budget_monitoring) TO '{{run}}/budget_monitoring.parquet' (FORMAT PARQUET);
-- Budget monitoring for finance: fct_budget_monitoring as written tonight to
-- budget_monitoring.parquet in the run's folder. Per council, financial year, cost centre
-- and month end up to the business date: budget, actual, remaining commitment, forecast
-- outturn and variance in pounds, and whether the forecast is over budget by more than
-- the tolerance.
CREATE OR REPLACE VIEW budget_monitoring AS
SELECT *
FROM read_parquet('{{run}}/budget_monitoring.parquet');

COPY (SELECT * FROM fct_payment_matching) TO '{{run}}/payment_matching.parquet' (FORMAT PARQUET);
-- Payment matching for finance: fct_payment_matching as written tonight to
-- payment_matching.parquet in the run's folder. Ledger payments matched to the
-- commitment lines they pay, per council, period and reference or cost centre and
-- provider, with the expected and paid amounts, how many lines are on each side and the
-- status of every mismatch; payment_lines holds the lines (match_id).
CREATE OR REPLACE VIEW payment_matching AS
SELECT *
FROM read_parquet('{{run}}/payment_matching.parquet');

-- The lines behind each payment match, for finance: fct_payment_lines (written once to
-- the run's folder as fct_payment_lines.parquet), one row per commitment line's month
-- (line_kind Commitment) or ledger payment (Ledger), with its match's match_id.
CREATE OR REPLACE VIEW payment_lines AS
SELECT *
FROM fct_payment_lines;


-- The lines finance must explain: for each council, in the latest financial year loaded and
-- at its latest month end, every cost centre whose forecast outturn exceeds its budget by
-- more than the tolerance, named and described in a sentence for a board paper, largest
-- overspend first. Closed years' alerts are history: budget_monitoring keeps them.
CREATE OR REPLACE VIEW budget_alerts AS
WITH latest AS (
    SELECT *
    FROM budget_monitoring
    QUALIFY financial_year = max(financial_year) OVER (PARTITION BY council)
        AND as_at_period = max(as_at_period) OVER (PARTITION BY council, financial_year)
)
SELECT council, financial_year, as_at_date, cost_centre, cost_centre_name, support_setting, annual_budget,
    forecast_outturn, variance, variance_percent,
    printf('%s (%s): forecast outturn %s against a budget of %s, an overspend of %s (%s%%) as at %s',
        coalesce(cost_centre_name, support_setting), cost_centre, format('{:,.2f}', forecast_outturn),
        format('{:,.2f}', annual_budget), format('{:,.2f}', variance), CAST(CAST(variance_percent AS DECIMAL(18, 1)) AS VARCHAR),
        strftime(as_at_date, '%-d %B %Y')) AS summary
FROM latest
WHERE over_tolerance
ORDER BY council, variance DESC, cost_centre;

-- Budget monitoring as it stood at each earlier business date: the budget_monitoring file
-- of every kept run (care.warehouse.retention-days) whose load completed, and tonight's,
-- with the run's business date (snapshot_as_of) and run number. Where a date was loaded
-- more than once, its latest run counts. Files of runs before support_setting had its one
-- name call it service_line; both read as support_setting, in its place.
CREATE OR REPLACE VIEW budget_monitoring_snapshots AS
WITH files AS (
    SELECT *,
        CAST(regexp_extract(filename, '/([0-9]{4}-[0-9]{2}-[0-9]{2})/run-[0-9]+/', 1) AS DATE) AS snapshot_as_of,
        CAST(regexp_extract(filename, '/run-([0-9]+)/', 1) AS BIGINT) AS snapshot_run
    FROM read_parquet('{{runs}}/*/*/budget_monitoring.parquet', filename = true, union_by_name = true)
),
kept AS (
    SELECT * FROM files
    WHERE (snapshot_as_of, snapshot_run) IN (
            SELECT (as_of, instance_id) FROM load_runs WHERE job_status = 'COMPLETED')
       OR filename = '{{run}}/budget_monitoring.parquet'
)
SELECT
    COLUMNS(lambda c: c IN ('council', 'financial_year', 'as_at_period', 'as_at_date', 'cost_centre',
        'cost_centre_name')),
    coalesce(*COLUMNS('^(support_setting|service_line)$')) AS support_setting,
    COLUMNS(lambda c: c NOT IN ('council', 'financial_year', 'as_at_period', 'as_at_date', 'cost_centre',
        'cost_centre_name', 'support_setting', 'service_line', 'filename'))
FROM kept
QUALIFY snapshot_run = max(snapshot_run) OVER (PARTITION BY snapshot_as_of);

-- The CSV files for finance, written on one thread and then the build's threads again: a
-- partitioned COPY appends each thread's rows to a council's file as they come, so with
-- more than one a large council's rows left the ORDER BY's order, and changed from run to
-- run.
SET threads = 1;
COPY (
    SELECT * FROM fct_budget_monitoring ORDER BY council, financial_year, as_at_period, cost_centre
) TO '{{run}}/budget_monitoring_csv'
    (FORMAT CSV, HEADER true, PARTITION_BY (council), WRITE_PARTITION_COLUMNS true,
     FILENAME_PATTERN 'budget_monitoring_{i}', OVERWRITE_OR_IGNORE true);
COPY (
    SELECT * EXCLUDE (match_id)
    FROM fct_payment_matching
    ORDER BY council, financial_year, period, status, cost_centre, reference, provider_id
) TO '{{run}}/payment_matching_csv'
    (FORMAT CSV, HEADER true, PARTITION_BY (council), WRITE_PARTITION_COLUMNS true,
     FILENAME_PATTERN 'payment_matching_{i}', OVERWRITE_OR_IGNORE true);
COPY (
    SELECT m.council, m.financial_year, m.period, m.status, m.matched_on, m.cost_centre, m.provider_id, m.reference,
        m.expected, m.paid, m.difference, m.coded_elsewhere, l.cost_centre AS line_cost_centre,
        l.provider_id AS line_provider_id, l.line_kind, l.line
    FROM fct_payment_matching AS m
    JOIN fct_payment_lines AS l ON l.match_id = m.match_id
    WHERE m.status <> 'Matched' OR m.coded_elsewhere
    ORDER BY m.council, m.financial_year, m.period, m.status, m.cost_centre, m.reference, m.provider_id, l.line_kind,
        l.line_date, l.source_file, l.source_line
) TO '{{run}}/payment_exceptions_csv'
    (FORMAT CSV, HEADER true, PARTITION_BY (council), WRITE_PARTITION_COLUMNS true,
     FILENAME_PATTERN 'payment_exceptions_{i}', OVERWRITE_OR_IGNORE true);
SET threads = {{threads}};
