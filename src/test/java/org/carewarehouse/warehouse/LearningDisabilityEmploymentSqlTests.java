package org.carewarehouse.warehouse;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LD-EMP (ASCOF 1E) on hand-built long-term services and person details: who is in SALT
 * LTS004's Table 1 cohort.
 */
class LearningDisabilityEmploymentSqlTests {

	/**
	 * Four people with a learning disability, 30 years old, each with long-term support
	 * in 2023-24. A is paid (16 hours or more); B's status is Unknown, as sent; C's one
	 * service gives no status at all (blank), so LTS004 244-257, keeping only rows whose
	 * status is in the CLD list, leaves C out; D has one blank service and one seeking
	 * work, so D stays in on the valid row. 1 paid of 3 (A, B, D): 33.3%. Counting C as
	 * Unknown, as person details would, gives 1 of 4.
	 */
	@Test
	void aPersonWithNoEmploymentStatusOnAnyServiceIsNotInTheCohort() throws Exception {
		try (ModelDatabase db = new ModelDatabase()) {
			db.models("staging/cld_age");
			db.execute("CREATE TABLE service_years AS SELECT 'E1' AS council, '2023-24' AS financial_year, "
					+ "DATE '2023-04-01' AS start_date, DATE '2024-03-31' AS end_date");
			db.execute("CREATE TABLE person_details AS SELECT 'E1' AS council, person_key, 'Male' AS gender, "
					+ "employment_status, 'Learning Disability Support' AS primary_support_reason, "
					+ "DATE '1993-06-01' AS birth_date, NULL::DATE AS date_of_death FROM (VALUES "
					+ "('A', 'Paid: 16 or more hours a week'), ('B', 'Unknown'), ('C', 'Unknown'), "
					+ "('D', 'Not in Paid Employment (seeking work)')) AS t(person_key, employment_status)");
			db.execute("CREATE TABLE long_term_services AS SELECT 'E1' AS council, person_key, event_start_date, "
					+ "NULL::DATE AS event_end_date, employment_status FROM (VALUES "
					+ "('A', DATE '2023-05-01', 'Paid: 16 or more hours a week'), "
					+ "('B', DATE '2023-05-01', 'Unknown'), ('C', DATE '2023-05-01', NULL), "
					+ "('D', DATE '2023-05-01', NULL), ('D', DATE '2023-09-01', 'Not in Paid Employment (seeking work)')) "
					+ "AS t(person_key, event_start_date, employment_status)");
			db.models("indicators/ind_ld_emp");
			assertThat(db.rows("SELECT breakdown, numerator, denominator FROM internal.ind_ld_emp ORDER BY breakdown"))
				.containsExactly(List.of("All", 1L, 3L), List.of("Gender: Female", 0L, 0L),
						List.of("Gender: Male", 1L, 3L));
		}
	}

}
