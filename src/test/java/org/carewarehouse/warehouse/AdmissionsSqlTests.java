package org.carewarehouse.warehouse;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code internal.ind_adm} on the cases the national code decides one way or the other,
 * worked out by hand from {@code Create_ASCOF_2B2C_2425_Onwards.sql} in
 * DataS-DHSC/ASC-CLD-LA-Dashboard for council E1, 2023-24 (1 April 2023 to 31 March 2024,
 * a leap year of 366 days). Age is FLOOR(days from the first of the birth month / 365.25)
 * at the start (57-61).
 * <ul>
 * <li>Counted: A1 starts on 1 April and A2 on 31 March (90); A3 died in the year (73);
 * A5's earlier stay ended 365 days before (116), A6's 366; A7's earlier stay was a
 * carer's (70), A8's in another council (112), A9's had no component (74) and A10's was
 * short (75): none of these is in the build, so none is earlier.</li>
 * <li>Not counted: B1 starts the day after the year; B2 has no component and B3 a short
 * one (74-75); B4 ended self-funded (91); B5 died the day before the year (73); B6's
 * earlier stay ended 364 days before, B7's is still open, B8's ends after the admission
 * starts and B11's ended self-funded (the build keeps it: only admissions drop
 * self-funded, 91), so none is new (106-118); B9 has no birth date (72); B10 is 17
 * (142).</li>
 * <li>Age bands (131-146): C1 (born March 1959) has two new admissions, at 64 on 1 April
 * 2023 (ended that day) and at 65 on 31 March 2024, 365 days later: the lower label, 18
 * to 64, once. C2 (born June 1958) is 64 on 1 June 2023 (23,741 days, 64.9993) and C3
 * (the same month) 65 on 2 June 2023 (23,742 days, 65.0014).</li>
 * </ul>
 * 18-64: A2 (born May 1970), A7, A8, A9, C1, C2 = 6 of 200,000; 65+: A1, A3, A5, A6, A10,
 * C3 = 6 of 50,000. E2 has a population and no admission: 0 (180-213). E3 has no
 * population: no denominator, so no rate.
 */
class AdmissionsSqlTests {

	ModelDatabase db;

	@BeforeEach
	void servicesAndTheModel() throws Exception {
		this.db = new ModelDatabase().with("new_admission_days", "365");
		this.db.execute("""
				CREATE TABLE service_years AS
				SELECT council, '2023-24' AS financial_year, 2023 AS mid_year, DATE '2023-04-01' AS start_date,
				    DATE '2024-03-31' AS end_date
				FROM (VALUES ('E1'), ('E2'), ('E3')) AS c(council)""");
		this.db.execute(
				"""
						CREATE TABLE person_details AS
						SELECT council, person_key, CAST(birth_date AS DATE) AS birth_date, CAST(died AS DATE) AS date_of_death
						FROM (VALUES
						    ('E1', 'A1', '1950-01-01', NULL), ('E1', 'A2', '1970-05-01', NULL), ('E1', 'A3', '1940-01-01', '2023-09-01'),
						    ('E1', 'B11', '1940-01-01', NULL), ('E1', 'A5', '1940-01-01', NULL), ('E1', 'A6', '1940-01-01', NULL),
						    ('E1', 'A7', '1970-01-01', NULL), ('E1', 'A8', '1970-01-01', NULL), ('E1', 'A9', '1970-01-01', NULL),
						    ('E1', 'A10', '1940-01-01', NULL), ('E2', 'A8', '1970-01-01', NULL),
						    ('E1', 'B1', '1940-01-01', NULL), ('E1', 'B2', '1940-01-01', NULL), ('E1', 'B3', '1940-01-01', NULL),
						    ('E1', 'B4', '1940-01-01', NULL), ('E1', 'B5', '1940-01-01', '2023-03-31'),
						    ('E1', 'B6', '1940-01-01', NULL), ('E1', 'B7', '1940-01-01', NULL), ('E1', 'B8', '1940-01-01', NULL),
						    ('E1', 'B9', NULL, NULL), ('E1', 'B10', '2006-01-01', NULL),
						    ('E1', 'C1', '1959-03-01', NULL), ('E1', 'C2', '1958-06-01', NULL), ('E1', 'C3', '1958-06-01', NULL),
						    ('E3', 'D1', '1940-01-01', NULL)
						) AS p(council, person_key, birth_date, died)""");
		this.db.execute(
				"""
						CREATE TABLE service_events AS
						SELECT council, person_key, 'Service' AS event_type, client_type,
						    'Long Term Support: ' || setting AS service_type, component AS service_component,
						    CAST(started AS DATE) AS event_start_date, CAST(ended AS DATE) AS event_end_date, outcome AS event_outcome
						FROM (VALUES
						    ('E1', 'A1', 'Service User', 'Residential Care', 'Long Term Residential Care', '2023-04-01', NULL, NULL),
						    ('E1', 'A2', 'Service User', 'Nursing Care', 'Long Term Nursing Care', '2024-03-31', NULL, NULL),
						    ('E1', 'A3', 'Service User', 'Nursing Care', 'Long Term Nursing Care', '2023-06-01', '2023-09-01', 'NFA - Deceased'),
						    ('E1', 'B11', 'Service User', 'Residential Care', 'Long Term Residential Care', '2023-02-01', '2023-03-01',
						        'NFA - Self-funded client (inc. 12wk disregard)'),
						    ('E1', 'B11', 'Service User', 'Residential Care', 'Long Term Residential Care', '2023-05-01', NULL, NULL),
						    ('E1', 'A5', 'Service User', 'Residential Care', 'Long Term Residential Care', '2022-01-01', '2022-06-01', NULL),
						    ('E1', 'A5', 'Service User', 'Residential Care', 'Long Term Residential Care', '2023-06-01', NULL, NULL),
						    ('E1', 'A6', 'Service User', 'Residential Care', 'Long Term Residential Care', '2022-01-01', '2022-05-31', NULL),
						    ('E1', 'A6', 'Service User', 'Residential Care', 'Long Term Residential Care', '2023-06-01', NULL, NULL),
						    ('E1', 'A7', 'Carer', 'Residential Care', 'Long Term Residential Care', '2023-01-01', NULL, NULL),
						    ('E1', 'A7', 'Service User', 'Residential Care', 'Long Term Residential Care', '2023-06-01', NULL, NULL),
						    ('E2', 'A8', 'Service User', 'Residential Care', 'Long Term Residential Care', '2023-01-01', NULL, NULL),
						    ('E1', 'A8', 'Service User', 'Residential Care', 'Long Term Residential Care', '2023-06-01', NULL, NULL),
						    ('E1', 'A9', 'Service User', 'Residential Care', NULL, '2023-01-01', NULL, NULL),
						    ('E1', 'A9', 'Service User', 'Residential Care', 'Long Term Residential Care', '2023-06-01', NULL, NULL),
						    ('E1', 'A10', 'Service User', 'Nursing Care', 'Short Term Nursing Care', '2023-01-01', NULL, NULL),
						    ('E1', 'A10', 'Service User', 'Nursing Care', 'Long Term Nursing Care', '2023-06-01', NULL, NULL),
						    ('E1', 'B1', 'Service User', 'Residential Care', 'Long Term Residential Care', '2024-04-01', NULL, NULL),
						    ('E1', 'B2', 'Service User', 'Residential Care', NULL, '2023-06-01', NULL, NULL),
						    ('E1', 'B3', 'Service User', 'Residential Care', 'Short Term Residential Care', '2023-06-01', NULL, NULL),
						    ('E1', 'B4', 'Service User', 'Residential Care', 'Long Term Residential Care', '2023-06-01', '2023-07-01',
						        'NFA - Self-funded client (inc. 12wk disregard)'),
						    ('E1', 'B5', 'Service User', 'Residential Care', 'Long Term Residential Care', '2023-06-01', NULL, NULL),
						    ('E1', 'B6', 'Service User', 'Residential Care', 'Long Term Residential Care', '2022-01-01', '2022-06-02', NULL),
						    ('E1', 'B6', 'Service User', 'Residential Care', 'Long Term Residential Care', '2023-06-01', NULL, NULL),
						    ('E1', 'B7', 'Service User', 'Nursing Care', 'Long Term Nursing Care', '2020-01-01', NULL, NULL),
						    ('E1', 'B7', 'Service User', 'Residential Care', 'Long Term Residential Care', '2023-06-01', NULL, NULL),
						    ('E1', 'B8', 'Service User', 'Residential Care', 'Long Term Residential Care', '2023-03-01', '2023-07-01', NULL),
						    ('E1', 'B8', 'Service User', 'Nursing Care', 'Long Term Nursing Care', '2023-06-01', NULL, NULL),
						    ('E1', 'B9', 'Service User', 'Residential Care', 'Long Term Residential Care', '2023-06-01', NULL, NULL),
						    ('E1', 'B10', 'Service User', 'Residential Care', 'Long Term Residential Care', '2023-06-01', NULL, NULL),
						    ('E1', 'C1', 'Service User', 'Residential Care', 'Long Term Residential Care', '2023-04-01', '2023-04-01', NULL),
						    ('E1', 'C1', 'Service User', 'Residential Care', 'Long Term Residential Care', '2024-03-31', NULL, NULL),
						    ('E1', 'C2', 'Service User', 'Residential Care', 'Long Term Residential Care', '2023-06-01', NULL, NULL),
						    ('E1', 'C3', 'Service User', 'Residential Care', 'Long Term Residential Care', '2023-06-02', NULL, NULL),
						    ('E3', 'D1', 'Service User', 'Residential Care', 'Long Term Residential Care', '2023-06-01', NULL, NULL)
						) AS e(council, person_key, client_type, setting, component, started, ended, outcome)""");
		this.db.execute("""
				CREATE TABLE population_by_council AS
				SELECT * FROM (VALUES
				    ('E1', 2023, '18-64', 120000), ('E1', 2023, '18-64', 80000), ('E1', 2023, '65+', 50000),
				    ('E2', 2023, '18-64', 90000), ('E2', 2023, '65+', 30000)
				) AS p(council, mid_year, ascof_band, population)""");
		this.db.models("staging/cld_age", "indicators/ind_adm");
	}

	@AfterEach
	void close() throws SQLException {
		this.db.close();
	}

	@Test
	void newAdmissionsAsTheNationalCodeCountsThem() throws SQLException {
		assertThat(this.db.rows("""
				SELECT indicator_id, council, numerator, CAST(denominator AS BIGINT) FROM internal.ind_adm
				ORDER BY council, indicator_id""")).containsExactly(List.of("ADM-18-64", "E1", 6L, 200000L),
				List.of("ADM-65+", "E1", 6L, 50000L), List.of("ADM-18-64", "E2", 0L, 90000L),
				List.of("ADM-65+", "E2", 0L, 30000L), java.util.Arrays.asList("ADM-18-64", "E3", 0L, null),
				java.util.Arrays.asList("ADM-65+", "E3", 1L, null));
	}

}
