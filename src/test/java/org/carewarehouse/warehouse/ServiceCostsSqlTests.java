package org.carewarehouse.warehouse;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost of services in a year ({@code marts/fct_service_costs} and
 * {@code indicators/service_cost_lines}) against DHSC's {@code 6.Costs_fact.sql} (COST),
 * which costs the lines of one submission covering the period (GetSubmissions 51-58): no
 * day costed twice, a one-off in the period counted once, and no line rounded before the
 * lines are summed. Each council holds one home support service line or a few; every
 * figure is worked out by hand from COST 49-113.
 */
class ServiceCostsSqlTests {

	ModelDatabase database;

	@BeforeEach
	void open() throws Exception {
		this.database = new ModelDatabase();
		this.database.execute("CREATE SCHEMA IF NOT EXISTS internal");
		this.database.execute("""
				CREATE TABLE internal.service_years AS
				SELECT council, '2023-24' AS financial_year, DATE '2023-04-01' AS start_date,
				    DATE '2024-03-31' AS end_date, 2023 AS mid_year
				FROM (VALUES ('E1'), ('E2'), ('E3'), ('E5')) AS t(council)""");
		this.database.execute("""
				CREATE TABLE internal.service_lines AS
				SELECT *, 'Service User' AS client_type, 'Long Term Support: Community' AS service_type,
				    CASE WHEN council = 'E5' THEN 'Day Support' ELSE 'Home Support' END AS service_component,
				    NULL::VARCHAR AS provider_id, 'External' AS provider_type,
				    'Physical Support: Personal care support' AS primary_support_reason, 80 AS age_at_event_start,
				    NULL::VARCHAR AS delivery_mechanism,
				    CASE WHEN cost_frequency = 'Hourly' THEN 7.50 END::DECIMAL(18, 2) AS planned_units_per_week,
				    'EV' || event_id AS event_reference
				FROM (VALUES
				    -- E1: an annual file and its year's last quarter, both ending 31 March, each
				    -- holding the same open service at 70.00 a week
				    ('E1', 'a.csv', 1, DATE '2023-04-01', DATE '2024-03-31', 1, 'P1', DATE '2023-01-01', NULL::DATE,
				        70.00, 'Weekly'),
				    ('E1', 'q4.csv', 1, DATE '2024-01-01', DATE '2024-03-31', 1, 'P1', DATE '2023-01-01', NULL,
				        70.00, 'Weekly'),
				    -- E2: only a rolling file from July; a one-off of 250.00 begun in May, still open
				    ('E2', 'r.csv', 1, DATE '2023-07-01', DATE '2024-06-30', 2, 'P2', DATE '2023-05-01', NULL,
				        250.00, 'One-off'),
				    -- E3: three people, each 1.00 a week for the year's last day
				    ('E3', 'a.csv', 1, DATE '2023-04-01', DATE '2024-03-31', 3, 'P3', DATE '2024-03-31', NULL, 1.00,
				        'Weekly'),
				    ('E3', 'a.csv', 2, DATE '2023-04-01', DATE '2024-03-31', 4, 'P4', DATE '2024-03-31', NULL, 1.00,
				        'Weekly'),
				    ('E3', 'a.csv', 3, DATE '2023-04-01', DATE '2024-03-31', 5, 'P5', DATE '2024-03-31', NULL, 1.00,
				        'Weekly'),
				    -- E4: double-up care, two carers at 12.35 an hour for 7.50 hours a week each
				    ('E4', 'a.csv', 1, DATE '2023-04-01', DATE '2024-03-31', 6, 'P6', DATE '2023-06-01', NULL, 12.35,
				        'Hourly'),
				    ('E4', 'a.csv', 2, DATE '2023-04-01', DATE '2024-03-31', 6, 'P6', DATE '2023-06-01', NULL, 12.35,
				        'Hourly'),
				    -- E5: three people at day opportunities, each 1.00 a week for the year's last day
				    ('E5', 'a.csv', 1, DATE '2023-04-01', DATE '2024-03-31', 7, 'P7', DATE '2024-03-31', NULL, 1.00,
				        'Weekly'),
				    ('E5', 'a.csv', 2, DATE '2023-04-01', DATE '2024-03-31', 8, 'P8', DATE '2024-03-31', NULL, 1.00,
				        'Weekly'),
				    ('E5', 'a.csv', 3, DATE '2023-04-01', DATE '2024-03-31', 9, 'P9', DATE '2024-03-31', NULL, 1.00,
				        'Weekly')
				) AS t(council, source_file, source_line, reporting_period_start, reporting_period_end, event_id,
				    person_key, event_start_date, event_end_date, unit_cost, cost_frequency)""");
		this.database.execute("""
				CREATE TABLE internal.cld_submission_rows AS
				SELECT DISTINCT council, source_file, reporting_period_start, reporting_period_end
				FROM internal.service_lines""");
		this.database.execute("""
				CREATE TABLE internal.service_events AS
				SELECT DISTINCT council, event_id, reporting_period_start, reporting_period_end, 'Service' AS event_type
				FROM internal.service_lines""");
		this.database.models("staging/arithmetic", "staging/cost_per_week", "marts/fct_service_costs",
				"indicators/service_cost_lines", "intermediate/service_event_costs", "indicators/ind_day");
	}

	@AfterEach
	void close() throws SQLException {
		this.database.close();
	}

	/**
	 * COST costs one submission's line over the year (GetSubmissions keeps the one file
	 * covering it, 53-54): 366 days x 70.00 / 7 = 3,660.00 (COST 91, 95-98). The annual
	 * file costs 1 April to 31 December (275 days, 2,750.00) and its last quarter 1
	 * January to 31 March (91 days, 910.00), not the quarter's days twice (4,570.00).
	 */
	@Test
	void filesEndingTheSameDayCostEachDayOnce() throws SQLException {
		assertThat(this.database.rows("""
				SELECT sum(days)::VARCHAR, sum(spend)::VARCHAR FROM fct_service_costs WHERE council = 'E1'"""))
			.containsExactly(List.of("366", "3660.00"));
		assertThat(this.database.text("""
				SELECT spend::VARCHAR FROM internal.service_cost_lines
				WHERE council = 'E1' AND breakdown = 'Service: Home Support'""")).isEqualTo("3660.00");
	}

	/**
	 * A one-off line running in the period counts its unit cost once (COST 28-29 keep it,
	 * 80-84 cost it): 250.00, though it began in May, before the only file's window (1
	 * July to 31 March) starts.
	 */
	@Test
	void aOneOffBegunBeforeTheFirstFileOfTheYearCountsOnce() throws SQLException {
		assertThat(this.database.text("SELECT spend::VARCHAR FROM fct_service_costs WHERE council = 'E2'"))
			.isEqualTo("250.00");
	}

	/**
	 * COST rounds no line (89-113): three lines of 1.00 a week x 1 / 7 weeks cost 3 / 7 =
	 * 0.428571 together, 0.43, not three lines of 0.14 (0.42). Each line shows its own
	 * 0.14.
	 */
	@Test
	void spendIsTheSumOfTheLinesRoundedOnce() throws SQLException {
		assertThat(this.database.rows("""
				SELECT spend::VARCHAR, weekly_spend::VARCHAR, people FROM internal.service_cost_lines
				WHERE council = 'E3' AND breakdown = 'Service: Home Support'"""))
			.containsExactly(List.of("0.43", "0.43", 3L));
		assertThat(this.database.text("SELECT max(spend)::VARCHAR FROM fct_service_costs WHERE council = 'E3'"))
			.isEqualTo("0.14");
	}

	/**
	 * Day opportunity spend is summed as COST sums, unrounded: three lines of 1.00 a week
	 * for one day are 0.43 (3 / 7), for three people 0.43 of spend per person, not 0.42.
	 */
	@Test
	void daySpendIsTheSumOfTheLinesRoundedOnce() throws SQLException {
		assertThat(this.database.rows("""
				SELECT indicator_id, numerator::VARCHAR, denominator FROM internal.ind_day
				WHERE council = 'E5' AND indicator_id LIKE 'DAY-SPEND%' AND breakdown = 'All' ORDER BY indicator_id"""))
			.containsExactly(Arrays.asList("DAY-SPEND", "0.43", null), Arrays.asList("DAY-SPEND-PERSON", "0.43", 3L));
	}

	/**
	 * Double-up care costs both carers (GetUniqueEvents 'Single' keeps both lines,
	 * 62-79): 12.35 an hour x 7.50 hours = 92.625 a week each (COST 60, 91), 185.25
	 * together, not 92.63 twice (185.26); a day 185.25 / 7 = 26.4643 = 26.46.
	 */
	@Test
	void doubleUpCareCostsTheSumOfItsLinesRoundedOnce() throws SQLException {
		assertThat(this.database.rows("""
				SELECT cost_per_week::VARCHAR, cost_per_day::VARCHAR FROM internal.service_event_costs
				WHERE council = 'E4'""")).containsExactly(List.of("185.25", "26.46"));
	}

}
