package org.carewarehouse.warehouse;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code internal.reablement_discharges} links each reablement cluster to its discharge
 * as DHSC's {@code ASCOF_measures/Create_ASCOF_2D.sql} (DataS-DHSC/ASC-CLD-LA-Dashboard)
 * does. The latest discharge date is found among the discharges in the window and
 * admitted on or before the cluster start (317-325), then every discharge of the person
 * on that date is kept, without testing its admission date again (327-358), each with the
 * support at admission of its own admission date (281-289). Worked out by hand for E1 in
 * 2023-24; every cluster starts on 1 June 2023.
 */
class ReablementDischargesSqlTests {

	@TempDir
	Path run;

	ModelDatabase db;

	@BeforeEach
	void eventsDischargesAndTheModel() throws Exception {
		this.db = new ModelDatabase(this.run).with("reablement_outcome_days", "84")
			.with("discharge_before_days", "7")
			.with("discharge_after_days", "3");
		this.db.execute("""
				CREATE TABLE service_years AS
				SELECT 'E1' AS council, '2023-24' AS financial_year, DATE '2023-04-01' AS start_date,
				    DATE '2024-03-31' AS end_date""");
		this.db.execute("""
				CREATE TABLE person_details AS
				SELECT 'E1' AS council, person_key, DATE '1940-01-01' AS birth_date, NULL::DATE AS date_of_death,
				    'Female' AS gender
				FROM (VALUES ('P1'), ('P2')) AS rows(person_key)""");
		this.db.execute("""
				CREATE TABLE reablement_clusters AS
				SELECT 'Reablement' AS scope, 'E1' AS council, person_key, 1 AS cluster_no,
				    DATE '2023-06-01' AS start_date, DATE '2023-06-20' AS end_date
				FROM (VALUES ('P1'), ('P2')) AS rows(person_key)""");
		// long-term community support from 2 June, after the first spell's admission
		this.db.execute("""
				CREATE TABLE service_user_events AS
				SELECT 'E1' AS council, person_key, 'Service' AS event_type, DATE '2023-06-02' AS event_start_date,
				    NULL::DATE AS event_end_date, 'Long Term Support: Community' AS service_type
				FROM (VALUES ('P1'), ('P2')) AS rows(person_key)""");
		this.db.execute("""
				CREATE TABLE hospital_discharges AS
				SELECT * FROM (VALUES
				    -- P1: two spells ending on 3 June; the second, admitted on 2 June after
				    -- the cluster start, is kept because the first sets the latest date
				    ('P1', DATE '2023-05-20', DATE '2023-06-03', '21', '19', NULL::DATE),
				    ('P1', DATE '2023-06-02', DATE '2023-06-03', '21', '19', NULL::DATE),
				    -- P2: the spell admitted after the cluster start ends a day later, so it
				    -- is not on the latest date of an admitted-before discharge: 3 June alone
				    ('P2', DATE '2023-05-20', DATE '2023-06-03', '21', '19', NULL::DATE),
				    ('P2', DATE '2023-06-02', DATE '2023-06-04', '21', '19', NULL::DATE)
				) AS rows(person_key, admission_date, discharge_date, admission_method, discharge_destination,
				    readmission_date)""");
		this.db.models("staging/cld_age", "marts/reablement_discharges");
	}

	@AfterEach
	void close() throws SQLException {
		this.db.close();
	}

	@Test
	void everyDischargeOnTheLatestDateLinksWhateverItsAdmission() throws SQLException {
		assertThat(linked("P1")).containsExactly(List.of("2023-06-03", "Those in LT community support", true),
				List.of("2023-06-03", "Those not in any LTS", true));
	}

	@Test
	void aDischargeAdmittedAfterTheStartDoesNotSetTheLatestDate() throws SQLException {
		assertThat(linked("P2")).containsExactly(List.of("2023-06-03", "Those not in any LTS", true));
	}

	private List<List<Object>> linked(String person) throws SQLException {
		return this.db.rows("SELECT discharge_date::VARCHAR, support_at_admission, remained_in_community "
				+ "FROM internal.reablement_discharges WHERE person_key = '" + person
				+ "' ORDER BY discharge_date, support_at_admission");
	}

}
