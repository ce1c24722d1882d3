-- materialise: computed once a run, since several models read it
-- Every service line open in each financial year, costed or not, with what DHSC's
-- 6.Costs_fact.sql (COST) makes of its cost. As 2.Services_fact.sql keeps every service,
-- counts of placements, people and providers read all the rows; spend reads the costed
-- ones. Lines come from service_lines (GetUniqueEvents 'Single'), so double-up care is
-- two costs.
-- - Cost window: COST costs the latest submission's rows over its own period (3, 16-29:
--   councils send the latest cost). Here each year is costed; a submission's lines cover
--   the days of the year inside its reporting period up to the day before a later-ending
--   submission starts, or one ending the same day but starting later (an annual file and
--   its year's last quarter), so overlapping submissions never cost a day twice.
-- - Rows in the window (COST 28-29): starting on or before its end, ending on or after
--   its start or open.
-- - days: inclusive days of the line inside the window (COST 95-112, weeks of service x
--   7); placement_days the same on one line of each event in the window (a costed one
--   first) and 0 on the others, so double-up care is one placement's days. cost_per_week and cost_per_day: COST 49-67 and 89-93 (macros in
--   staging/cost_per_week.sql); none for one-off costs and for rows COST drops.
-- - spend: cost a week x days / 7, rounded once to the penny; a one-off counts its unit
--   cost once in the year (COST 80-84), in the first window ending on or after the later
--   of its start and the year's start: the one holding that day, or the next when no
--   submission covers it (a rolling file from July, a one-off begun in May).
-- support_setting places the service in the finance return's support settings, to set
-- it beside ledger spend.
CREATE OR REPLACE VIEW fct_service_costs AS
WITH submissions AS (
    SELECT DISTINCT council, reporting_period_start, reporting_period_end FROM internal.cld_submission_rows
),
windows AS (
    SELECT y.council, y.financial_year, y.start_date, s.reporting_period_start, s.reporting_period_end,
        greatest(s.reporting_period_start, y.start_date) AS window_start,
        least(s.reporting_period_end, y.end_date,
            (SELECT min(l.reporting_period_start) - 1 FROM submissions AS l
             WHERE l.council = s.council
               AND (l.reporting_period_end > s.reporting_period_end
                   OR (l.reporting_period_end = s.reporting_period_end
                       AND l.reporting_period_start > s.reporting_period_start)))) AS window_end
    FROM internal.service_years AS y
    JOIN submissions AS s ON s.council = y.council
        AND s.reporting_period_start <= y.end_date AND s.reporting_period_end >= y.start_date
),
-- the windows holding days, apart from each other, each with the first day a one-off may
-- count in it: the day after the year's window before it
held_windows AS (
    SELECT *,
        coalesce(lag(window_end) OVER (PARTITION BY council, financial_year ORDER BY window_start) + 1, start_date)
            AS one_off_from
    FROM windows
    WHERE window_start <= window_end
),
lines AS (
    SELECT w.financial_year, w.start_date AS year_start, w.window_start, w.window_end, w.one_off_from, l.*,
        least(coalesce(l.event_end_date, w.window_end), w.window_end) - greatest(l.event_start_date, w.window_start)
            + 1 AS days
    FROM held_windows AS w
    JOIN internal.service_lines AS l USING (council, reporting_period_start, reporting_period_end)
    WHERE l.event_start_date <= w.window_end
      AND (l.event_end_date >= w.window_start OR l.event_end_date IS NULL)
)
SELECT
    council,
    financial_year,
    event_id,
    person_key,
    event_reference,
    service_type,
    service_component,
    provider_id,
    provider_type,
    primary_support_reason,
    CASE WHEN age_at_event_start >= 65 THEN '65+' ELSE '18-64' END AS age_band,
    CASE
        WHEN delivery_mechanism = 'Direct Payment' THEN 'Community: Direct Payments'
        WHEN service_type = 'Long Term Support: Residential Care' THEN 'Residential'
        WHEN service_type = 'Long Term Support: Nursing Care' THEN 'Nursing'
        WHEN service_type = 'Short Term Support: ST-Max' THEN 'Short Term: ST-Max'
        WHEN service_type LIKE 'Short Term Support:%' THEN 'Short Term: Other'
        WHEN service_component = 'Home Support' THEN 'Community: Home Care'
        WHEN service_component = 'Community Supported Living' THEN 'Community: Supported Living'
        WHEN service_type = 'Long Term Support: Community' THEN 'Community: Other Long Term'
        ELSE 'Other'
    END AS support_setting,
    unit_cost,
    cost_frequency,
    planned_units_per_week,
    days,
    CASE WHEN row_number() OVER (
            PARTITION BY council, financial_year, event_id, window_start
            ORDER BY cost_per_week(unit_cost, cost_frequency, planned_units_per_week) IS NULL, source_line) = 1
        THEN days ELSE 0 END AS placement_days,
    cost_per_week(unit_cost, cost_frequency, planned_units_per_week) AS cost_per_week,
    cost_per_day(unit_cost, cost_frequency, planned_units_per_week) AS cost_per_day,
    CASE
        WHEN cost_frequency IS DISTINCT FROM 'One-off'
            OR greatest(event_start_date, year_start) BETWEEN one_off_from AND window_end
            THEN cost_in_period(unit_cost, cost_frequency, planned_units_per_week, days)
    END AS spend
FROM lines;
