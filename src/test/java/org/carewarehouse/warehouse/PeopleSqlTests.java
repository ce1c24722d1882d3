package org.carewarehouse.warehouse;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code people} takes each attribute from the latest row that has it: the latest event
 * start, then reporting period, then submission, then line, so rows tied on the start
 * give the same person whatever order they are read in. Each person below is worked out
 * by hand.
 */
class PeopleSqlTests {

	private static final String COLUMNS = "council, person_key, client_type, event_start_date, reporting_period_end, "
			+ "source_file, source_line, gender, ethnicity, date_of_death";

	private static final String ROWS = """
			-- the later start wins, whatever its period
			('E1', 'start', 'Service User', DATE '2023-06-01', DATE '2023-03-31', 'services-E1-2022-23.csv', 9,
			    'Female', 'White', NULL),
			('E1', 'start', 'Service User', DATE '2023-05-01', DATE '2024-03-31', 'services-E1-2023-24.csv', 9,
			    'Male', 'Asian', NULL),
			-- the same start: the later period
			('E1', 'period', 'Service User', DATE '2023-05-01', DATE '2024-03-31', 'services-E1-2023-24.csv', 2,
			    'Female', NULL, NULL),
			('E1', 'period', 'Service User', DATE '2023-05-01', DATE '2023-09-30', 'services-E1-2023-q2.csv', 8,
			    'Male', NULL, NULL),
			-- the same start and period: the resubmission, though its name sorts first
			('E1', 'resent', 'Service User', DATE '2023-05-01', DATE '2024-03-31', 'services-E1-2023-24.csv', 7,
			    'Male', NULL, NULL),
			('E1', 'resent', 'Service User', DATE '2023-05-01', DATE '2024-03-31', 'services-E1-2023-24-r2.csv',
			    3, 'Female', NULL, NULL),
			-- the same, the file it replaces named in capitals as systems on Windows write it: its
			-- ending goes whatever its case, or '.CSV' would sort after '-r2'
			('E1', 'capitals', 'Service User', DATE '2023-05-01', DATE '2024-03-31', 'services-E1-2023-24.CSV',
			    7, 'Male', NULL, NULL),
			('E1', 'capitals', 'Service User', DATE '2023-05-01', DATE '2024-03-31',
			    'services-E1-2023-24-r2.csv.gz', 3, 'Female', NULL, NULL),
			-- the same file: the later line; a later row without a value keeps the earlier one's
			('E1', 'line', 'Service User', DATE '2023-05-01', DATE '2024-03-31', 'services-E1-2023-24.csv', 4,
			    'Male', 'Mixed', DATE '2024-01-02'),
			('E1', 'line', 'Service User', DATE '2023-05-01', DATE '2024-03-31', 'services-E1-2023-24.csv', 5,
			    'Female', NULL, NULL),
			-- a carer's row is not the person's
			('E1', 'line', 'Carer', DATE '2023-07-01', DATE '2024-03-31', 'services-E1-2023-24.csv', 6,
			    'Male', 'Black', NULL)""";

	ModelDatabase database;

	@BeforeEach
	void servicesAndTheModel() throws Exception {
		this.database = new ModelDatabase();
		this.database.execute("""
				CREATE TABLE services AS
				SELECT *, person_key || '-local' AS local_person_key, NULL::VARCHAR AS nhs_person_key,
				    '1950-01' AS birth_month, NULL::VARCHAR AS primary_support_reason,
				    NULL::VARCHAR AS postcode_district, NULL::VARCHAR AS accommodation_status,
				    NULL::VARCHAR AS employment_status
				FROM (VALUES %s) AS rows(%s)""".formatted(ROWS, COLUMNS));
		this.database.models("staging/submission_name", "marts/people");
	}

	@AfterEach
	void close() throws SQLException {
		this.database.close();
	}

	@Test
	void eachAttributeIsTheLatestRowsByStartPeriodSubmissionAndLine() throws SQLException {
		assertThat(people()).containsExactly(List.of("capitals", "Female", "", "", 2L),
				List.of("line", "Female", "Mixed", "2024-01-02", 2L), List.of("period", "Female", "", "", 2L),
				List.of("resent", "Female", "", "", 2L), List.of("start", "Female", "White", "", 2L));
	}

	@Test
	void theSameRowsInAnyOrderGiveTheSamePeople() throws Exception {
		List<List<Object>> people = people();
		this.database.reorder("services", "source_line DESC").models("marts/people");
		assertThat(people()).isEqualTo(people);
	}

	private List<List<Object>> people() throws SQLException {
		return this.database.rows("""
				SELECT person_key, gender, coalesce(ethnicity, ''), coalesce(date_of_death::VARCHAR, ''), events
				FROM people ORDER BY person_key""");
	}

}
