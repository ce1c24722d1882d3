package org.carewarehouse.workforce;

import java.util.Arrays;
import java.util.List;

import org.carewarehouse.Command;
import org.carewarehouse.nightly.NightlyHome;
import org.carewarehouse.nightly.NightlyIntegrationTest;
import org.carewarehouse.nightly.NightlyOptions;
import org.carewarehouse.nightly.NightlyRuns;
import org.carewarehouse.nightly.Warehouse;
import org.carewarehouse.privacy.IdentifierSearch;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workforce feed end to end on {@code fixtures/workforce/good} (see its README):
 * Sefton's files with canonical headings, Liverpool's with the ASC-WDS bulk-upload ones.
 */
@NightlyIntegrationTest
class WorkforceLoadIntegrationTests {

	@Autowired
	@Qualifier("nightlyCommand")
	Command<NightlyOptions> nightly;

	@Autowired
	NightlyHome home;

	@Autowired
	Warehouse warehouse;

	/**
	 * Workplaces: W1, W2 (CQC Regulated "Y", an alias of Yes) and Liverpool's L1 load; W3
	 * (vacancies -1), W4 (7 leavers, 2 staff) and W1's repeat on line 6 are rejected.
	 * Workers: four of Sefton's and Liverpool's one load; lines 6-8 are rejected.
	 */
	@Test
	void loadsWorkplacesAndWorkersAndRejectsByRule() throws Exception {
		assertThat(NightlyRuns.run(this.nightly, "2024-03-31", NightlyRuns.fixture("workforce/good")))
			.isEqualTo(Command.OK);

		assertThat(this.warehouse.rows("SELECT workplace_id, cqc_regulated FROM workforce_workplaces ORDER BY 1"))
			.containsExactly(List.of("L1", "Yes"), List.of("W1", "Yes"), List.of("W2", "Yes"));
		assertThat(this.warehouse.count("SELECT count(*) FROM workforce_workers")).isEqualTo(5);
		assertThat(this.warehouse.rows("SELECT source_file, source_line, rule, column_name FROM rejects ORDER BY 1, 2"))
			.containsExactly(List.of("workers-E08000014-2024-03.csv", 6L, "WF003", "Year Started In Sector"),
					List.of("workers-E08000014-2024-03.csv", 7L, "WF004", "Date Of Birth"),
					List.of("workers-E08000014-2024-03.csv", 8L, "CW005", "Contract"),
					List.of("workplaces-E08000014-2024-03.csv", 4L, "WF001", "Vacancies"),
					List.of("workplaces-E08000014-2024-03.csv", 5L, "WF002", "Leavers"),
					Arrays.asList("workplaces-E08000014-2024-03.csv", 6L, "CW024", null));
		assertThat(this.warehouse.count("SELECT count(*) FROM rules WHERE rule LIKE 'WF%'")).isEqualTo(4);
	}

	/**
	 * Sefton's W1 (4 staff, 1 vacancy, 1 leaver) is sent again on line 6 (3 vacancies);
	 * counted twice, its two workers would be four posts and its vacancies 4. Counted
	 * once: 4 posts (W1's two and W2's two), vacancy rate 2 / (4 + 2), turnover (1 + 2) /
	 * (4 + 6); and read 5 = loaded 2 + rejected 3 for the file.
	 */
	@Test
	void workplaceRepeatedInItsFileCountsOnce() throws Exception {
		assertThat(NightlyRuns.run(this.nightly, "2024-06-30", NightlyRuns.fixture("workforce/good")))
			.isEqualTo(Command.OK);

		assertThat(this.warehouse.rows("SELECT source_line, record_key, message FROM rejects WHERE rule = 'CW024'"))
			.containsExactly(List.of(6L, "W1", "'Council', 'Workplace ID', 'Snapshot Date' are the same as on line 2 "
					+ "(the contract's unique key: a file holds each key once, and a row repeating one is rejected)"));
		assertThat(this.warehouse.count("SELECT count(*) FROM fct_workforce_posts WHERE council = 'E08000014'"))
			.isEqualTo(4);
		assertThat(this.warehouse.rows("SELECT indicator_id, CAST(numerator AS BIGINT), CAST(denominator AS BIGINT) "
				+ "FROM internal.ind_workforce WHERE council = 'E08000014' AND indicator_id IN ('WF-VAC', 'WF-TURN') "
				+ "ORDER BY 1"))
			.containsExactly(List.of("WF-TURN", 3L, 10L), List.of("WF-VAC", 2L, 6L));
		assertThat(this.warehouse.rows("SELECT rows_read, rows_loaded, rows_rejected FROM load_runs "
				+ "WHERE source_file = 'workplaces-E08000014-2024-03.csv' ORDER BY execution_id DESC LIMIT 1"))
			.containsExactly(List.of(5L, 2L, 3L));
	}

	/**
	 * The bulk-upload headings and codes map: Liverpool's worker (DOB 20/08/1970, started
	 * 2015, GENDER F, SCQUAL Y) is 54 with 9 years in the sector at 31 March 2024, female
	 * and qualified; Sefton's "Pool/Bank" is Bank or Pool.
	 */
	@Test
	void acceptsTheBulkUploadHeadingsAndKeepsOnlyTheYearOfBirth() throws Exception {
		assertThat(NightlyRuns.run(this.nightly, "2024-04-30", NightlyRuns.fixture("workforce/good")))
			.isEqualTo(Command.OK);

		assertThat(this.warehouse.rows("SELECT main_job_role, contract, age, years_in_sector, gender, "
				+ "relevant_qualification, main_service FROM fct_workforce_posts WHERE council = 'E08000012'"))
			.containsExactly(
					List.of("Support Worker", "Permanent", 54L, 9L, "Female", "Yes", "Supported living services"));
		assertThat(this.warehouse
			.value("SELECT contract FROM fct_workforce_posts WHERE main_job_role = " + "'Senior Care Worker'"))
			.isEqualTo("Bank or Pool");
		assertThat(this.warehouse.count("SELECT count(*) FROM (DESCRIBE workforce_workers) "
				+ "WHERE column_name IN ('worker_id', 'date_of_birth')"))
			.isZero();
		IdentifierSearch.assertNoneIn(this.home.path(), List.of("SEFW-0001", "LIVW-0001", "1970-08-20"));
	}

}
