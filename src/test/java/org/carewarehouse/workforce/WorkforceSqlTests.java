package org.carewarehouse.workforce;

import java.util.List;

import org.carewarehouse.warehouse.ModelDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workforce indicators (ind_workforce) and published rates (workforce_rates) on
 * hand-built ASC-WDS snapshots, by domain.md section 6: vacancy rate = vacancies /
 * (filled posts + vacancies); turnover = leavers in the last 12 months / permanent and
 * temporary staff. A count left blank is not known, not zero: a workplace that did not
 * say how many leavers (or vacancies) it had is in neither side of that rate.
 */
class WorkforceSqlTests {

	/**
	 * Sefton, 31 March 2024, two domiciliary care workplaces: A with 10 permanent and
	 * temporary staff and 3 leavers; B with 20 staff and its leavers left blank. B's
	 * leavers are not known, so B is in neither the numerator nor the denominator:
	 * turnover 3 / 10 = 30.0%. Counting B's 20 staff with no leavers, as if blank were
	 * zero, gives 3 / 30 = 10.0%. Each workplace has 12 workers, so the service (24) is
	 * published.
	 */
	@Test
	void aWorkplaceWithBlankLeaversIsNotInTheTurnoverDenominator() throws Exception {
		try (ModelDatabase db = new ModelDatabase()) {
			workplaces(db,
					"('A', 'Domiciliary care services', 10, 0, 3), ('B', 'Domiciliary care services', 20, 0, NULL)");
			workers(db, "('A', 12), ('B', 12)");
			db.models("staging/arithmetic", "marts/fct_workforce_posts", "indicators/ind_workforce",
					"published/workforce_rates");
			assertThat(db.rows(
					"SELECT CAST(numerator AS BIGINT), CAST(denominator AS BIGINT) FROM internal.ind_workforce WHERE indicator_id = 'WF-TURN'"))
				.containsExactly(List.of(3L, 10L));
			assertThat(db.rows("SELECT leavers, turnover_rate FROM published.workforce_rates"))
				.containsExactly(List.of("3", "30.0"));
		}
	}

	/**
	 * Sefton, 31 March 2024: workplace A has 8 workers and 2 vacancies; workplace C's row
	 * is missing (rejected, say, for a negative vacancy count) while its 10 workers were
	 * loaded. C's vacancies are not known, so its workers are not filled posts of the
	 * vacancy rate: 2 / (8 + 2) = 20%. Counting them, as if C had no vacancies, gives 2 /
	 * (18 + 2) = 10%. The worker shares still count all 18 workers. The 10-worker minimum
	 * counts the 8 workers behind the rate, not its denominator of 10 posts, so published
	 * it is suppressed.
	 */
	@Test
	void workersWhoseWorkplaceHasNoVacancyCountAreNotInTheVacancyRate() throws Exception {
		try (ModelDatabase db = new ModelDatabase()) {
			workplaces(db, "('A', 'Care home services without nursing', 8, 2, 1)");
			workers(db, "('A', 8), ('C', 10)");
			db.models("staging/arithmetic", "marts/fct_workforce_posts", "indicators/ind_workforce",
					"published/workforce_rates");
			assertThat(db.rows("SELECT indicator_id, CAST(numerator AS BIGINT), CAST(denominator AS BIGINT), "
					+ "CAST(workers AS BIGINT) FROM internal.ind_workforce "
					+ "WHERE indicator_id IN ('WF-VAC', 'WF-FEM') ORDER BY indicator_id"))
				.containsExactly(List.of("WF-FEM", 18L, 18L, 18L), List.of("WF-VAC", 2L, 10L, 8L));
		}
	}

	/** Workplaces at Sefton's snapshot: id, main service, staff, vacancies, leavers. */
	private static void workplaces(ModelDatabase db, String rows) throws Exception {
		db.execute("CREATE TABLE workforce_workplaces AS SELECT 'E08000014' AS council, '2023-24' AS financial_year, "
				+ "workplace_id, DATE '2024-03-31' AS snapshot_date, main_service, 'Yes' AS cqc_regulated, "
				+ "'Independent' AS sector, CAST(staff AS BIGINT) AS permanent_and_temporary_staff, "
				+ "CAST(vacancies AS BIGINT) AS vacancies, NULL::BIGINT AS starters, CAST(leavers AS BIGINT) AS leavers "
				+ "FROM (VALUES " + rows + ") AS t(workplace_id, main_service, staff, vacancies, leavers)");
	}

	/** So many permanent, female, qualified workers, born 1980, at each workplace. */
	private static void workers(ModelDatabase db, String rows) throws Exception {
		db.execute("CREATE TABLE workforce_workers AS SELECT 'E08000014' AS council, '2023-24' AS financial_year, "
				+ "workplace_id, DATE '2024-03-31' AS snapshot_date, workplace_id || '-' || n AS worker_key, "
				+ "'Care Worker' AS main_job_role, 'Permanent' AS contract, 37.5 AS contracted_hours, "
				+ "CAST(2015 AS BIGINT) AS year_started_in_sector, CAST(1980 AS BIGINT) AS birth_year, "
				+ "'Female' AS gender, 'British' AS nationality_group, 'Yes' AS relevant_qualification "
				+ "FROM (SELECT workplace_id, unnest(range(workers)) AS n FROM (VALUES " + rows
				+ ") AS t(workplace_id, workers))");
	}

}
