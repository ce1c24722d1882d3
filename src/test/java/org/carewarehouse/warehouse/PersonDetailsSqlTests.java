package org.carewarehouse.warehouse;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code internal.person_details} picks each attribute as DHSC's person details table
 * does ({@code ASCOF_measures/Create_personal_details_table.sql} in
 * DataS-DHSC/ASC-CLD-LA-Dashboard): a known value beats Unknown, then the latest
 * submission, the later end (open events as 9999-01-01, line 67, so first) and the later
 * start; rows tied at the top with different values give Unknown (employment 450-503,
 * primary support reason 1022-1089). Birth month: known first, then the latest
 * submission, then the earliest (784-800); date of death: known first, then the latest
 * submission, then the later date (826-851). Each person below is worked out by hand.
 */
class PersonDetailsSqlTests {

	private static final String COLUMNS = "council, person_key, reporting_period_end, event_start_date, "
			+ "event_end_date, gender, primary_support_reason, event_type";

	ModelDatabase database;

	@BeforeEach
	void serviceEventsAndTheModel() throws Exception {
		this.database = new ModelDatabase();
		this.database.execute("""
				CREATE TABLE service_events AS
				SELECT *, NULL::VARCHAR AS employment_status, NULL::VARCHAR AS client_funding_status,
				    NULL::VARCHAR AS accommodation_status, '1950-01' AS birth_month, NULL::DATE AS date_of_death,
				    NULL::VARCHAR AS service_type, NULL::VARCHAR AS service_component
				FROM (VALUES
				    -- tied at the top with different values: Unknown
				    ('E1', 'tie', DATE '2024-03-31', DATE '2023-05-01', NULL::DATE, 'Male', NULL, 'Request'),
				    ('E1', 'tie', DATE '2024-03-31', DATE '2023-05-01', NULL, 'Female', NULL, 'Request'),
				    -- a known value from an older submission beats a later Unknown; a carer's
				    -- support reason counts as not known
				    ('E1', 'known', DATE '2023-03-31', DATE '2022-05-01', DATE '2022-06-01', 'Female',
				        'Physical Support: Personal Care Support', 'Request'),
				    ('E1', 'known', DATE '2024-03-31', DATE '2023-05-01', NULL, NULL,
				        'Social Support: Support to Carer', 'Request'),
				    -- both known: the later submission wins
				    ('E1', 'latest', DATE '2023-03-31', DATE '2022-05-01', NULL, 'Male', NULL, 'Request'),
				    ('E1', 'latest', DATE '2024-03-31', DATE '2022-05-01', DATE '2023-06-01', 'Female', NULL,
				        'Request'),
				    -- same submission: an open event beats a later-ended one
				    ('E1', 'open', DATE '2024-03-31', DATE '2023-05-01', NULL, 'Male', NULL, 'Request'),
				    ('E1', 'open', DATE '2024-03-31', DATE '2023-05-01', DATE '2024-03-30', 'Female', NULL,
				        'Request'),
				    -- same submission and end: the later start wins
				    ('E1', 'start', DATE '2024-03-31', DATE '2023-05-01', DATE '2024-01-01', 'Male', NULL,
				        'Request'),
				    ('E1', 'start', DATE '2024-03-31', DATE '2023-06-01', DATE '2024-01-01', 'Female', NULL,
				        'Request'),
				    -- the top rows agree: their value, whatever lies below
				    ('E1', 'agree', DATE '2024-03-31', DATE '2023-05-01', NULL, 'Male', NULL, 'Request'),
				    ('E1', 'agree', DATE '2024-03-31', DATE '2023-05-01', NULL, 'Male', NULL, 'Request'),
				    ('E1', 'agree', DATE '2023-03-31', DATE '2022-05-01', NULL, 'Female', NULL, 'Request'),
				    -- nothing known
				    ('E1', 'none', DATE '2024-03-31', DATE '2023-05-01', NULL, NULL, NULL, 'Request'),
				    -- the same person key in another council is another person
				    ('E2', 'tie', DATE '2024-03-31', DATE '2023-05-01', NULL, 'Female', NULL, 'Request')
				) AS rows(%s)""".formatted(COLUMNS));
		this.database.models("intermediate/person_details");
	}

	@AfterEach
	void close() throws SQLException {
		this.database.close();
	}

	@Test
	void eachPersonsGenderIsTheTopRankedKnownValueAndUnknownOnATie() throws SQLException {
		assertThat(attribute("gender")).containsExactly(Map.entry("E1 agree", "Male"), Map.entry("E1 known", "Female"),
				Map.entry("E1 latest", "Female"), Map.entry("E1 none", "Unknown"), Map.entry("E1 open", "Male"),
				Map.entry("E1 start", "Female"), Map.entry("E1 tie", "Unknown"), Map.entry("E2 tie", "Female"));
	}

	@Test
	void aCarersSupportReasonCountsAsNotKnown() throws SQLException {
		assertThat(attribute("primary_support_reason")).containsEntry("E1 known",
				"Physical Support: Personal Care Support");
		assertThat(attribute("primary_support_reason")).containsEntry("E1 tie", "Unknown");
	}

	@Test
	void birthMonthIsTheLatestSubmissionsEarliestAndDeathItsLatest() throws SQLException {
		this.database.execute("""
				INSERT INTO service_events (council, person_key, reporting_period_end, event_start_date,
				    event_end_date, event_type, birth_month, date_of_death)
				VALUES
				    -- birth: the latest submission's two known months, its blank ignored, the
				    -- earlier of the two
				    ('E1', 'born', DATE '2023-03-31', DATE '2022-05-01', NULL, 'Request', '1950-03', NULL),
				    ('E1', 'born', DATE '2024-03-31', DATE '2023-05-01', NULL, 'Request', '1950-05', NULL),
				    ('E1', 'born', DATE '2024-03-31', DATE '2023-06-01', NULL, 'Request', '1950-04', NULL),
				    ('E1', 'born', DATE '2024-03-31', DATE '2023-07-01', NULL, 'Request', NULL, NULL),
				    -- death: the latest submission's later date
				    ('E1', 'died', DATE '2023-03-31', DATE '2022-05-01', NULL, 'Request', '1940-01',
				        DATE '2023-01-10'),
				    ('E1', 'died', DATE '2024-03-31', DATE '2023-05-01', NULL, 'Request', '1940-01',
				        DATE '2023-06-01'),
				    ('E1', 'died', DATE '2024-03-31', DATE '2023-06-01', NULL, 'Request', '1940-01',
				        DATE '2023-07-15'),
				    -- a later submission without a date of death leaves the known one
				    ('E1', 'dead before', DATE '2023-03-31', DATE '2022-05-01', NULL, 'Request', '1940-01',
				        DATE '2022-12-01'),
				    ('E1', 'dead before', DATE '2024-03-31', DATE '2023-05-01', NULL, 'Request', '1940-01', NULL)
				""");

		assertThat(attribute("birth_month")).containsEntry("E1 born", "1950-04");
		assertThat(attribute("CAST(birth_date AS VARCHAR)")).containsEntry("E1 born", "1950-04-01");
		assertThat(attribute("CAST(date_of_death AS VARCHAR)")).containsEntry("E1 died", "2023-07-15")
			.containsEntry("E1 dead before", "2022-12-01")
			.containsEntry("E1 born", null);
	}

	private Map<String, String> attribute(String column) throws SQLException {
		Map<String, String> values = new LinkedHashMap<>();
		for (List<Object> row : this.database
			.rows("SELECT council || ' ' || person_key, " + column + " FROM internal.person_details ORDER BY ALL")) {
			values.put((String) row.get(0), (String) row.get(1));
		}
		return values;
	}

}
