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
 * {@code internal.ind_dp}'s clients, as DHSC's {@code Create_ASCOF_3D_2425_Onwards.sql}
 * (DataS-DHSC/ASC-CLD-LA-Dashboard) selects them: long-term service types of service
 * users open on 31 March 2024, whatever the event type (161-193 ask for no Service event,
 * where 2E asks for one, Create_ASCOF_2E_2425_Onwards.sql 143), not dead before that day,
 * 18 or over then (173-178, 273). Worked out by hand for E1 in 2023-24, ages from the
 * first of the birth month: P1's review of community support by direct payment runs from
 * 1 March to 10 April 2024: open, setting 3 (107). P2 commissioned community support 5.
 * P3's personal budget starts on 31 March itself and P3 dies that day: in, 4. P4's direct
 * payment ends 30 March: out. P5 was born in March 2006, 18.08 on 31 March (6,605 days):
 * in, direct payment 3; P6 born April 2006 is 17.998: out. P7 has a direct payment and
 * nursing care: nursing 1, not in the denominator (239-250, 295). Denominator P1, P2, P3,
 * P5 = 4; SDS (289-291) P1, P3, P5 = 3; DP (311) P1, P5 = 2.
 */
class DirectPaymentsSqlTests {

	private static final String COLUMNS = "council, person_key, event_type, client_type, service_type, "
			+ "service_component, delivery_mechanism, event_start_date, event_end_date";

	ModelDatabase database;

	@BeforeEach
	void eventsPeopleAndTheModel() throws Exception {
		this.database = new ModelDatabase();
		this.database.execute("""
				CREATE TABLE service_events AS
				SELECT * FROM (VALUES
				    ('E1', 'P1', 'Review', 'Service User', 'Long Term Support: Community', NULL, 'Direct Payment',
				        DATE '2024-03-01', DATE '2024-04-10'),
				    ('E1', 'P2', 'Service', 'Service User', 'Long Term Support: Community', 'Home Support',
				        'CASSR Commissioned Support', DATE '2023-01-01', NULL::DATE),
				    ('E1', 'P3', 'Service', 'Service User', 'Long Term Support: Community', 'Home Support',
				        'CASSR Managed Personal Budget', DATE '2024-03-31', DATE '2024-03-31'),
				    ('E1', 'P4', 'Service', 'Service User', 'Long Term Support: Community', NULL, 'Direct Payment',
				        DATE '2023-01-01', DATE '2024-03-30'),
				    ('E1', 'P5', 'Service', 'Service User', 'Long Term Support: Community', 'Direct Payment', NULL,
				        DATE '2023-01-01', NULL),
				    ('E1', 'P6', 'Service', 'Service User', 'Long Term Support: Community', 'Direct Payment', NULL,
				        DATE '2023-01-01', NULL),
				    ('E1', 'P7', 'Service', 'Service User', 'Long Term Support: Community', 'Direct Payment', NULL,
				        DATE '2023-01-01', NULL),
				    ('E1', 'P7', 'Service', 'Service User', 'Long Term Support: Nursing Care', NULL, NULL,
				        DATE '2024-01-01', NULL)
				) AS rows(%s)""".formatted(COLUMNS));
		this.database.execute("""
				CREATE TABLE person_details AS
				SELECT council, person_key, CAST(birth_month || '-01' AS DATE) AS birth_date, date_of_death
				FROM (VALUES
				    ('E1', 'P1', '1980-01', NULL::DATE), ('E1', 'P2', '1950-06', NULL), ('E1', 'P3', '1960-01',
				        DATE '2024-03-31'), ('E1', 'P4', '1970-01', NULL), ('E1', 'P5', '2006-03', NULL),
				    ('E1', 'P6', '2006-04', NULL), ('E1', 'P7', '1940-01', NULL)
				) AS rows(council, person_key, birth_month, date_of_death)""");
		this.database.execute("""
				CREATE TABLE service_years AS
				SELECT 'E1' AS council, '2023-24' AS financial_year, DATE '2023-04-01' AS start_date,
				    DATE '2024-03-31' AS end_date""");
		this.database.models("staging/cld_age", "indicators/ind_dp");
	}

	@AfterEach
	void close() throws SQLException {
		this.database.close();
	}

	@Test
	void clientsAreLongTermServiceTypesOpenOnTheYearEndWhateverTheEvent() throws SQLException {
		assertThat(counts("SDS")).containsEntry("All", "3/4").containsEntry("Age: 18-64", "3/3");
		assertThat(counts("DP")).containsEntry("All", "2/4")
			.containsEntry("Age: 18-64", "2/3")
			.containsEntry("Age: 65+", "0/1");
	}

	private Map<String, String> counts(String indicator) throws SQLException {
		Map<String, String> counts = new LinkedHashMap<>();
		for (List<Object> row : this.database.rows("SELECT breakdown, numerator || '/' || denominator "
				+ "FROM internal.ind_dp WHERE indicator_id = '" + indicator + "' ORDER BY breakdown")) {
			counts.put((String) row.get(0), (String) row.get(1));
		}
		return counts;
	}

}
