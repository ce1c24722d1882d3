-- DHSC's cost rules, DataS-DHSC/ASC-CLD-LA-Dashboard 6.Costs_fact.sql (COST) 43-113, as
-- macros over one service row's unit cost, cost frequency and planned units a week.
-- Money stays exact: every weekly fraction is carried as units a year over 52, and the
-- cost is rounded to the penny once, at the end (exact_ratio).

-- Units a year, 52 x COST 53-61's units a week: weekly 1, fortnightly 1/2, four-weekly
-- 1/4, monthly 12/52, quarterly 4/52, annual 1/52; any other frequency (hourly, daily,
-- per session, one-off) or none uses ABS(planned units a week).
CREATE OR REPLACE MACRO units_a_year(frequency, planned_units) AS
    CASE
        WHEN frequency = 'Weekly' THEN 52
        WHEN frequency = 'Fortnightly' THEN 26
        WHEN frequency = 'Four-weekly' THEN 13
        WHEN frequency = 'Monthly' THEN 12
        WHEN frequency = 'Quarterly' THEN 4
        WHEN frequency = 'Annually' THEN 1
        ELSE abs(planned_units) * 52
    END;

-- Whether COST keeps the row (64-67): a cost that is neither missing nor zero, and units
-- that are neither missing nor zero unless the cost is one-off.
CREATE OR REPLACE MACRO costed(unit_cost, frequency, planned_units) AS
    coalesce(unit_cost <> 0, false)
    AND (frequency = 'One-off' OR coalesce(units_a_year(frequency, planned_units) <> 0, false));

-- Cost in a period of the given inclusive days (COST 77-113) in 364ths of a pound (52
-- weeks of 7 days), exact: cost a week x weeks of service (days / 7); a one-off cost
-- counts its whole unit cost once. COST rounds no line, so a sum over lines sums these
-- and rounds once (pounds_of_364ths).
CREATE OR REPLACE MACRO cost_in_period_364ths(unit_cost, frequency, planned_units, days) AS
    CASE
        WHEN NOT costed(unit_cost, frequency, planned_units) THEN NULL
        WHEN frequency = 'One-off' THEN abs(unit_cost) * (52 * 7)
        ELSE abs(unit_cost) * units_a_year(frequency, planned_units) * days
    END;

-- An amount in 364ths of a pound (one line's or a sum's) in pounds, rounded once to the
-- penny.
CREATE OR REPLACE MACRO pounds_of_364ths(amount) AS CAST(exact_ratio(amount, 52 * 7, 1, 2) AS DECIMAL(18, 2));

-- One line's cost in a period of the given inclusive days, rounded once to the penny.
CREATE OR REPLACE MACRO cost_in_period(unit_cost, frequency, planned_units, days) AS
    pounds_of_364ths(cost_in_period_364ths(unit_cost, frequency, planned_units, days));

-- A line of fct_service_costs' spend in 364ths of a pound, exact, for a sum over lines
-- that rounds once (pounds_of_364ths): none where the line has no spend (not costed, or a
-- one-off counted in another window).
CREATE OR REPLACE MACRO spend_364ths(spend, unit_cost, frequency, planned_units, days) AS
    CASE WHEN spend IS NOT NULL THEN cost_in_period_364ths(unit_cost, frequency, planned_units, days) END;

-- The weekly cost's share of the given days in 364ths of a pound, exact (days 7 is the
-- cost a week, COST 89-93: ABS(unit cost) x units a week); none for one-off costs and for
-- rows COST drops. A sum over lines (double-up care) sums these and rounds once.
CREATE OR REPLACE MACRO weekly_cost_364ths(unit_cost, frequency, planned_units, days) AS
    CASE WHEN frequency IS DISTINCT FROM 'One-off'
        THEN cost_in_period_364ths(unit_cost, frequency, planned_units, days) END;

-- Cost a week, rounded once to the penny.
CREATE OR REPLACE MACRO cost_per_week(unit_cost, frequency, planned_units) AS
    pounds_of_364ths(weekly_cost_364ths(unit_cost, frequency, planned_units, 7));

-- Cost a day = cost a week / 7 (domain notes), rounded once from the exact weekly cost.
CREATE OR REPLACE MACRO cost_per_day(unit_cost, frequency, planned_units) AS
    pounds_of_364ths(weekly_cost_364ths(unit_cost, frequency, planned_units, 1));
