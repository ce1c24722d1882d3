package org.carewarehouse.warehouse;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first steps DHSC's pipeline takes on the latest submissions
 * ({@code Stored_procedures/} in DataS-DHSC/ASC-CLD-LA-Dashboard), on two quarters of one
 * council, each row worked out by hand:
 * <ul>
 * <li>{@code internal.cld_event_rows}: a death ends an event spanning it or open after
 * it, and leaves out a person who died before the period
 * ({@code create_FilterToEventsInPeriod_procedure.sql} 39-61); requests, assessments and
 * reviews end in the period, services run in it (same lines); each unique event gets one
 * number ({@code create_GetDerivedFields_procedure.sql} 54-66); a service open at the end
 * of a quarter that is not the last, whose event is absent from the next, ends on the
 * quarter's last day (same file, 132-180);</li>
 * <li>{@code internal.service_events} keeps one row per event: the latest quarter, an
 * open end before a closed one, the outcome highest in the hierarchy, then the later file
 * and line ({@code create_GetUniqueEvents_procedure.sql} 82-93, 'Joined');</li>
 * <li>{@code internal.service_lines} keeps one row per event, quarter, delivery mechanism
 * and cost, so double-up care stays two rows (same file, 62-79, 'Single').</li>
 * </ul>
 */
class CldEventRowsSqlTests {

	private static final String COLUMNS = "source_file, source_line, reporting_period_start, reporting_period_end, "
			+ "person_key, event_type, event_start_date, event_end_date, date_of_death, route_of_access, "
			+ "delivery_mechanism, event_outcome";

	ModelDatabase database;

	@BeforeEach
	void twoQuartersAndTheModels() throws Exception {
		this.database = new ModelDatabase();
		this.database.execute("""
				CREATE TABLE dim_event_outcome AS
				SELECT * FROM (VALUES ('Progress to Reablement', 1), ('Service ended as planned', 5))
				    AS outcomes(event_outcome, hierarchy)""");
		this.database.execute("""
				CREATE TABLE cld_submission_rows AS
				SELECT 'E1' AS council, *, 'Community' AS client_type,
				    CASE WHEN event_type = 'Assessment' THEN 'Long Term Support Needs Assessment' END
				        AS assessment_type,
				    CASE WHEN event_type = 'Service' THEN 'Long Term Support' END AS service_type,
				    CASE WHEN event_type = 'Service' THEN 'Home Support' END AS service_component,
				    NULL::DECIMAL(18, 2) AS unit_cost, NULL::VARCHAR AS cost_frequency,
				    NULL::DECIMAL(18, 2) AS planned_units_per_week
				FROM (VALUES
				    -- open service, died in the quarter: ends on the date of death
				    ('q1.csv', 1, DATE '2023-04-01', DATE '2023-06-30', 'P1', 'Service', DATE '2023-01-10',
				        NULL::DATE, DATE '2023-06-10', NULL, NULL, NULL),
				    -- open, absent from the next quarter: ends on the quarter's last day
				    ('q1.csv', 2, DATE '2023-04-01', DATE '2023-06-30', 'P2', 'Service', DATE '2023-02-01', NULL,
				        NULL, NULL, NULL, NULL),
				    -- open, and in the next quarter: stays open; its outcome ranks above the next
				    -- quarter's, but the latest quarter is the event's
				    ('q1.csv', 3, DATE '2023-04-01', DATE '2023-06-30', 'P3', 'Service', DATE '2023-03-01', NULL,
				        NULL, NULL, NULL, 'Progress to Reablement'),
				    -- ending after the quarter, absent from the next: ends on the quarter's last day
				    ('q1.csv', 4, DATE '2023-04-01', DATE '2023-06-30', 'P4', 'Service', DATE '2023-03-01',
				        DATE '2023-08-15', NULL, NULL, NULL, NULL),
				    -- died on the day it started: the death does not end it (not after the start),
				    -- so it is open and absent from the next quarter
				    ('q1.csv', 5, DATE '2023-04-01', DATE '2023-06-30', 'P5', 'Service', DATE '2023-05-01', NULL,
				        DATE '2023-05-01', NULL, NULL, NULL),
				    -- an assessment ending after the quarter: not in it
				    ('q1.csv', 6, DATE '2023-04-01', DATE '2023-06-30', 'P6', 'Assessment', DATE '2023-04-05',
				        DATE '2023-07-10', NULL, NULL, NULL, NULL),
				    -- two requests differing only in their route: two events
				    ('q1.csv', 7, DATE '2023-04-01', DATE '2023-06-30', 'P7', 'Request', DATE '2023-05-01',
				        DATE '2023-05-20', NULL, 'Community', NULL, NULL),
				    ('q1.csv', 8, DATE '2023-04-01', DATE '2023-06-30', 'P7', 'Request', DATE '2023-05-01',
				        DATE '2023-05-20', NULL, 'Hospital', NULL, NULL),
				    -- double-up care: one event, two delivery mechanisms
				    ('q1.csv', 9, DATE '2023-04-01', DATE '2023-06-30', 'P8', 'Service', DATE '2023-02-01', NULL,
				        NULL, NULL, 'Direct Payment', NULL),
				    ('q1.csv', 10, DATE '2023-04-01', DATE '2023-06-30', 'P8', 'Service', DATE '2023-02-01', NULL,
				        NULL, NULL, 'CASSR Managed Care', NULL),
				    -- died before the quarter: left out
				    ('q2.csv', 1, DATE '2023-07-01', DATE '2023-09-30', 'P1', 'Service', DATE '2023-01-10', NULL,
				        DATE '2023-06-10', NULL, NULL, NULL),
				    ('q2.csv', 2, DATE '2023-07-01', DATE '2023-09-30', 'P3', 'Service', DATE '2023-03-01', NULL,
				        NULL, NULL, NULL, NULL),
				    ('q2.csv', 3, DATE '2023-07-01', DATE '2023-09-30', 'P6', 'Assessment', DATE '2023-04-05',
				        DATE '2023-07-10', NULL, NULL, NULL, NULL),
				    -- the double-up again: the outcome higher in the hierarchy (1) is the event's, though
				    -- on the earlier line
				    ('q2.csv', 4, DATE '2023-07-01', DATE '2023-09-30', 'P8', 'Service', DATE '2023-02-01', NULL,
				        NULL, NULL, 'Direct Payment', 'Progress to Reablement'),
				    ('q2.csv', 5, DATE '2023-07-01', DATE '2023-09-30', 'P8', 'Service', DATE '2023-02-01', NULL,
				        NULL, NULL, 'CASSR Managed Care', 'Service ended as planned'),
				    -- the same row twice: the later line
				    ('q2.csv', 6, DATE '2023-07-01', DATE '2023-09-30', 'P9', 'Service', DATE '2023-08-01', NULL,
				        NULL, NULL, 'Direct Payment', NULL),
				    ('q2.csv', 7, DATE '2023-07-01', DATE '2023-09-30', 'P9', 'Service', DATE '2023-08-01', NULL,
				        NULL, NULL, 'Direct Payment', NULL),
				    -- open beats ended, whatever the line
				    ('q2.csv', 8, DATE '2023-07-01', DATE '2023-09-30', 'P10', 'Service', DATE '2023-07-05', NULL,
				        NULL, NULL, 'Direct Payment', NULL),
				    ('q2.csv', 9, DATE '2023-07-01', DATE '2023-09-30', 'P10', 'Service', DATE '2023-07-05',
				        DATE '2023-09-01', NULL, NULL, 'Direct Payment', NULL)
				) AS rows(%s)""".formatted(COLUMNS));
		this.database.models("intermediate/cld_event_rows", "intermediate/service_events",
				"intermediate/service_lines");
	}

	@AfterEach
	void close() throws SQLException {
		this.database.close();
	}

	@Test
	void deathsEndEventsAndServicesMissingFromTheNextQuarterCloseAtItsEnd() throws SQLException {
		assertThat(this.database.rows("""
				SELECT source_file, source_line, event_end_date, end_date_raw, closed_at_period_end
				FROM internal.cld_event_rows ORDER BY ALL""")).containsExactly(
				row("q1.csv", 1, "2023-06-10", null, false), row("q1.csv", 2, "2023-06-30", null, true),
				row("q1.csv", 3, null, null, false), row("q1.csv", 4, "2023-06-30", "2023-08-15", true),
				row("q1.csv", 5, "2023-06-30", null, true), row("q1.csv", 7, "2023-05-20", "2023-05-20", false),
				row("q1.csv", 8, "2023-05-20", "2023-05-20", false), row("q1.csv", 9, null, null, false),
				row("q1.csv", 10, null, null, false), row("q2.csv", 2, null, null, false),
				row("q2.csv", 3, "2023-07-10", "2023-07-10", false), row("q2.csv", 4, null, null, false),
				row("q2.csv", 5, null, null, false), row("q2.csv", 6, null, null, false),
				row("q2.csv", 7, null, null, false), row("q2.csv", 8, null, null, false),
				row("q2.csv", 9, "2023-09-01", "2023-09-01", false));
	}

	@Test
	void eachUniqueEventHasOneNumberAcrossQuartersDeliveryMechanismsAndEnds() throws SQLException {
		assertThat(this.database.rows("""
				SELECT list(source_file || ':' || source_line ORDER BY source_file, source_line)
				FROM internal.cld_event_rows
				GROUP BY event_id
				HAVING count(*) > 1
				ORDER BY 1""")).extracting((row) -> row.get(0).toString())
			.containsExactly("[q1.csv:3, q2.csv:2]", "[q1.csv:9, q1.csv:10, q2.csv:4, q2.csv:5]",
					"[q2.csv:6, q2.csv:7]", "[q2.csv:8, q2.csv:9]");
		// P1 to P10, P7's two requests apart
		assertThat(this.database.text("SELECT count(DISTINCT event_id) FROM internal.cld_event_rows")).isEqualTo("11");
	}

	@Test
	void serviceEventsKeepsTheLatestQuarterThenOpenThenTheHighestOutcomeThenTheLaterLine() throws SQLException {
		assertThat(this.database.rows("SELECT source_file, source_line FROM internal.service_events ORDER BY ALL"))
			.containsExactly(List.of("q1.csv", 1), List.of("q1.csv", 2), List.of("q1.csv", 4), List.of("q1.csv", 5),
					List.of("q1.csv", 7), List.of("q1.csv", 8), List.of("q2.csv", 2), List.of("q2.csv", 3),
					List.of("q2.csv", 4), List.of("q2.csv", 7), List.of("q2.csv", 8));
	}

	@Test
	void serviceLinesKeepDoubleUpCareAsTwoRowsInEachQuarter() throws SQLException {
		assertThat(this.database.rows("SELECT source_file, source_line FROM internal.service_lines ORDER BY ALL"))
			.containsExactly(List.of("q1.csv", 1), List.of("q1.csv", 2), List.of("q1.csv", 3), List.of("q1.csv", 4),
					List.of("q1.csv", 5), List.of("q1.csv", 9), List.of("q1.csv", 10), List.of("q2.csv", 2),
					List.of("q2.csv", 4), List.of("q2.csv", 5), List.of("q2.csv", 7), List.of("q2.csv", 8));
	}

	private static List<Object> row(String file, int line, String end, String rawEnd, boolean closed) {
		List<Object> row = new ArrayList<>(List.of(file, line));
		row.add((end != null) ? LocalDate.parse(end) : null);
		row.add((rawEnd != null) ? LocalDate.parse(rawEnd) : null);
		row.add(closed);
		return row;
	}

}
