package org.carewarehouse.finance;

import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.carewarehouse.Command;
import org.carewarehouse.nightly.NightlyHome;
import org.carewarehouse.nightly.NightlyIntegrationTest;
import org.carewarehouse.nightly.NightlyOptions;
import org.carewarehouse.nightly.NightlyRuns;
import org.carewarehouse.nightly.Warehouse;
import org.carewarehouse.privacy.Pseudonymiser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finance feed end to end on {@code fixtures/finance/good} (council E08000014,
 * 2023-24).
 * <p>
 * Ledger, 7 rows: line 2 invoice CC100 1,250.00 (period 1); line 3 credit note CC100
 * -250.50 (period 2); line 4 invoice INV-2 CC200 300.25 (period 1); line 5 its reversal,
 * same reference, -300.25 (period 2); line 6 journal to unmapped CC999 99.99 (period 3);
 * line 7 10.005 rejected FN001; line 8 20.00 posted 2023-06-30 (period 3) but booked to
 * period 4, loaded in period 4 with an FN002 warning. Loaded 6: total 1250.00 - 250.50 +
 * 300.25 - 300.25 + 99.99 + 20.00 = 1119.49; CC100 1019.50, CC200 0.00, CC999 99.99.
 * <p>
 * Budgets, 3 rows: line 4 year 2023-25 rejected FN003; loaded 1000.00 + 1000.00 =
 * 2000.00. Cost centres, 3 rows: line 4 a children's cost centre with age band 65+,
 * rejected FN004.
 */
@NightlyIntegrationTest
class FinanceLoadIntegrationTests {

	@Autowired
	@Qualifier("nightlyCommand")
	Command<NightlyOptions> nightly;

	@Autowired
	NightlyHome home;

	@Autowired
	Pseudonymiser pseudonymiser;

	@Autowired
	Warehouse warehouse;

	@Test
	void loadsLedgerBudgetsAndCostCentresAndRejectsByRule() throws Exception {
		assertThat(run("2024-01-31", fixture("good"))).isEqualTo(Command.OK);

		assertThat(this.warehouse.count("SELECT count(*) FROM ledger")).isEqualTo(6);
		assertThat(this.warehouse.value("SELECT sum(amount)::VARCHAR FROM ledger")).isEqualTo("1119.49");
		assertThat(this.warehouse.value("SELECT typeof(amount) FROM ledger LIMIT 1")).isEqualTo("DECIMAL(18,2)");
		assertThat(this.warehouse
			.rows("SELECT cost_centre, sum(amount)::VARCHAR FROM ledger GROUP BY cost_centre ORDER BY 1"))
			.containsExactly(List.of("CC100", "1019.50"), List.of("CC200", "0.00"), List.of("CC999", "99.99"));
		assertThat(this.warehouse.value("SELECT sum(budget_amount)::VARCHAR FROM budgets")).isEqualTo("2000.00");
		assertThat(this.warehouse.count("SELECT count(*) FROM cost_centres")).isEqualTo(2);
		assertThat(this.warehouse
			.rows("SELECT source_file, source_line, column_name, rule, severity FROM rejects ORDER BY 1, 2"))
			.containsExactly(List.of("budgets-E08000014-2023-24.csv", 4L, "Financial Year", "FN003", "error"),
					List.of("cost-centres-E08000014.csv", 4L, "Age Band", "FN004", "error"),
					List.of("ledger-E08000014-2023-24.csv", 7L, "Amount", "FN001", "error"),
					List.of("ledger-E08000014-2023-24.csv", 8L, "Posting Date", "FN002", "warning"));
		assertThat(this.warehouse.rows("SELECT sum(rows_read)::BIGINT, sum(rows_loaded)::BIGINT, "
				+ "sum(rows_rejected)::BIGINT FROM load_runs WHERE as_of = DATE '2024-01-31'"))
			.containsExactly(List.of(13L, 10L, 3L));
	}

	@Test
	void spendMartKeepsUnmappedCostCentresVisible() throws Exception {
		assertThat(run("2024-02-29", fixture("good"))).isEqualTo(Command.OK);

		assertThat(this.warehouse.rows("SELECT period, support_setting, age_band, spend::VARCHAR FROM fct_spend "
				+ "ORDER BY period, support_setting"))
			.containsExactly(List.of(1L, "Community: Home Care", "18-64", "300.25"),
					List.of(1L, "Residential", "65+", "1250.00"),
					List.of(2L, "Community: Home Care", "18-64", "-300.25"),
					List.of(2L, "Residential", "65+", "-250.50"), Arrays.asList(3L, "Unmapped", null, "99.99"),
					List.of(4L, "Residential", "65+", "20.00"));
		assertThat(this.warehouse.rows("SELECT * FROM ledger_unmapped_cost_centres"))
			.containsExactly(List.of("E08000014", "CC999", 1L, new BigDecimal("99.99")));
	}

	@Test
	void aMillionPenniesSumToExactlyTenThousandPounds(@TempDir Path sources) throws Exception {
		Path folder = Files.createDirectories(sources.resolve("finance"));
		try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("ledger-E08000014-2023-24.csv"),
				StandardCharsets.UTF_8)) {
			out.write("Council,Cost Centre,Subjective Code,Financial Year,Period,Posting Date,Amount,Supplier,"
					+ "Reference,Description\n");
			for (int i = 0; i < 1_000_000; i++) {
				out.write("E08000014,CC100,5100,2023-24,1,2023-04-01,0.01,,R");
				out.write(Integer.toString(i));
				out.write(",penny\n");
			}
		}
		assertThat(run("2024-03-31", sources)).isEqualTo(Command.OK);

		BigDecimal total = (BigDecimal) this.warehouse.value("SELECT sum(amount) FROM ledger");
		assertThat(total.setScale(2)).isEqualTo(new BigDecimal("10000.00"));
	}

	/**
	 * A file named for one council and year holding another's rows, as a file sent under
	 * the wrong name does: {@code ledger-E08000011-2023-24.csv} line 2 is E08000011's
	 * 100.00 for 2023-24 and loads; line 3 is E08000014's 250.00 and line 4 is 2022-23's
	 * 75.00, both rejected (CW022), so E08000014's spend is its own file's alone, 1119.49
	 * as in the good fixture, not 1369.49, and E08000011's is 100.00, not 175.00.
	 */
	@Test
	void aRowOfAnotherCouncilOrYearThanItsFileIsNamedForIsRejected(@TempDir Path sources) throws Exception {
		Path folder = Files.createDirectories(sources.resolve("finance"));
		Files.copy(fixture("good").resolve("finance/ledger-E08000014-2023-24.csv"),
				folder.resolve("ledger-E08000014-2023-24.csv"));
		Files.writeString(folder.resolve("ledger-E08000011-2023-24.csv"),
				"Council,Cost Centre,Subjective Code,Financial Year,Period,Posting Date,Amount,Supplier,Reference,"
						+ "Description\nE08000011,CC100,5100,2023-24,1,2023-04-15,100.00,P001,INV-9,Invoice\n"
						+ "E08000014,CC100,5100,2023-24,1,2023-04-16,250.00,P001,INV-10,Another council's invoice\n"
						+ "E08000011,CC100,5100,2022-23,12,2023-03-31,75.00,P001,INV-11,Last year's invoice\n");
		assertThat(run("2024-09-30", sources)).isEqualTo(Command.OK);

		assertThat(this.warehouse.rows("SELECT council, sum(amount)::VARCHAR FROM ledger GROUP BY 1 ORDER BY 1"))
			.containsExactly(List.of("E08000011", "100.00"), List.of("E08000014", "1119.49"));
		assertThat(this.warehouse.rows("SELECT source_line, column_name, rule, value FROM rejects "
				+ "WHERE source_file = 'ledger-E08000011-2023-24.csv'"))
			.containsExactly(List.of(3L, "Council", "CW022", "E08000014"),
					List.of(4L, "Financial Year", "CW022", "2022-23"));
	}

	/**
	 * {@code fixtures/finance/control-totals}: one ledger file of 6 rows. Loaded: line 2
	 * 1,200.00 and line 3 -0.01 = 1199.99. Rejected with an amount: line 4 -12.345
	 * (FN001) and line 5 -450.00 (period 17, CW006) = -462.345. Rejected without one:
	 * line 6 "£75.00" (CW003) and line 7 blank (CW001). Read: 1199.99 - 462.345 =
	 * 737.645. Stored to the penny by rounding down, read 737.64 = loaded 1199.99 +
	 * rejected -462.35; rounding half up would store 737.65 against 1199.99 - 462.35 =
	 * 737.64.
	 */
	@Test
	void loadRunsRecordTheLedgerAmountsReadLoadedAndRejectedToThePenny() throws Exception {
		assertThat(run("2024-04-30", fixture("control-totals"))).isEqualTo(Command.OK);

		assertThat(this.warehouse.rows("SELECT rows_read, rows_loaded, rows_rejected, amount_column, "
				+ "amount_read::VARCHAR, amount_loaded::VARCHAR, amount_rejected::VARCHAR, "
				+ "rows_rejected_without_amount FROM load_runs WHERE as_of = DATE '2024-04-30' "
				+ "AND step = 'ledgerFileStep:ledger-E08000014-2023-24.csv'"))
			.containsExactly(List.of(6L, 2L, 4L, "Amount", "737.64", "1199.99", "-462.35", 2L));
		assertThat(this.warehouse.value("SELECT sum(amount)::VARCHAR FROM ledger")).isEqualTo("1199.99");
		assertThat(this.warehouse.rows("SELECT source_line, rule FROM rejects ORDER BY 1"))
			.containsExactly(List.of(4L, "FN001"), List.of(5L, "CW006"), List.of(6L, "CW003"), List.of(7L, "CW001"));
		assertThat(this.warehouse.rows("SELECT amount_column, amount_read FROM load_runs "
				+ "WHERE as_of = DATE '2024-04-30' AND step = 'ledgerLoadStep'"))
			.as("a step without a file of its own has no amounts")
			.containsExactly(Arrays.asList(null, null));
	}

	/**
	 * {@code fixtures/finance/commitments}, 6 lines. Loaded 3: PL-1 at 1,200.00 from
	 * 01/04/2023 to 30/09/2023 and its rate change to 1250.50 from 2023-10-01, open; PL-2
	 * at 300.25. 1200.00 + 1250.50 + 300.25 = 2750.75. Rejected 3: line 5 0.00 (FN005),
	 * line 6 950.125 (FN001), line 7 ending 2023-08-31 before its start 2023-09-01
	 * (CW007); 0.00 + 950.125 + 800.00 = 1750.125. Read 4500.875; stored rounded down to
	 * the penny, 4500.87 = 2750.75 + 1750.12.
	 */
	@Test
	void loadsCommitmentsPseudonymisedAndRejectsByRule() throws Exception {
		assertThat(run("2024-07-31", fixture("commitments"))).isEqualTo(Command.OK);

		assertThat(this.warehouse.rows("SELECT commitment_reference, start_date::VARCHAR, end_date::VARCHAR, "
				+ "weekly_cost::VARCHAR, provider_name FROM commitments ORDER BY 1, 2"))
			.containsExactly(List.of("PL-1", "2023-04-01", "2023-09-30", "1200.00", "Oak House"),
					Arrays.asList("PL-1", "2023-10-01", null, "1250.50", "Oak House"),
					Arrays.asList("PL-2", "2023-04-01", "2024-03-31", "300.25", null));
		assertThat(this.warehouse.value("SELECT typeof(weekly_cost) FROM commitments LIMIT 1"))
			.isEqualTo("DECIMAL(18,2)");
		assertThat(this.warehouse.rows("SELECT source_line, column_name, rule, value FROM rejects ORDER BY 1"))
			.containsExactly(List.of(5L, "Weekly Cost", "FN005", "0.00"),
					List.of(6L, "Weekly Cost", "FN001", "950.125"), List.of(7L, "End Date", "CW007", "2023-08-31"));
		assertThat(this.warehouse.rows("SELECT rows_read, rows_loaded, rows_rejected, amount_read::VARCHAR, "
				+ "amount_loaded::VARCHAR, amount_rejected::VARCHAR FROM load_runs "
				+ "WHERE as_of = DATE '2024-07-31' AND source_file = 'commitments-E08000014.csv'"))
			.containsExactly(List.of(6L, 3L, 3L, "4500.87", "2750.75", "1750.12"));
	}

	@Test
	void commitmentsKeepThePersonOnlyAsTheKeyServicesUse() throws Exception {
		assertThat(run("2024-08-31", fixture("commitments"))).isEqualTo(Command.OK);

		assertThat(this.warehouse
			.rows("SELECT DISTINCT commitment_reference, local_person_key FROM commitments " + "ORDER BY 1"))
			.containsExactly(List.of("PL-1", this.pseudonymiser.localPersonKey("E08000014", "P-1001")),
					List.of("PL-2", this.pseudonymiser.localPersonKey("E08000014", "P-1002")));
		// every value of every row, as text: a provider name is found, a person id never
		assertThat(this.warehouse.count("SELECT count(*) FROM commitments AS c WHERE c::VARCHAR LIKE '%Oak House%'"))
			.isEqualTo(2);
		assertThat(this.warehouse.count("SELECT count(*) FROM commitments AS c "
				+ "WHERE c::VARCHAR LIKE '%P-100%' OR c::VARCHAR LIKE '%C-2001%'"))
			.isZero();
		assertThat(this.warehouse.count(
				"SELECT count(*) FROM rejects AS r " + "WHERE r::VARCHAR LIKE '%P-100%' OR r::VARCHAR LIKE '%C-2001%'"))
			.isZero();
	}

	@Test
	void aLedgerThatDiffersFromWhatItsFileStepRecordedStopsPublication() throws Exception {
		assertThat(run("2024-05-31", fixture("control-totals"))).isEqualTo(Command.OK);
		byte[] published = Files.readAllBytes(this.home.resolve("data/care.duckdb"));
		long nextInstance = this.warehouse.count("SELECT max(instance_id) FROM load_runs") + 1;
		// a second record of the next run's ledger file, balanced in itself, that claims
		// one row and 10.00 more than the ledger will hold
		Path forged = this.home.resolve("data/history/load_runs/execution-999998.parquet");
		NightlyRuns.writeLoadRun(forged, 999998, nextInstance, LocalDate.of(2024, 6, 30), 0, "COMPLETED",
				"ledgerFileStep:ledger-E08000014-2023-24.csv", "ledger-E08000014-2023-24.csv", "COMPLETED", null, null,
				7, 3, 4, 0, "Amount", new BigDecimal("747.64"), new BigDecimal("1209.99"), new BigDecimal("-462.35"),
				2L, null);
		try {
			assertThat(run("2024-06-30", fixture("control-totals"))).isEqualTo(Command.FAILED);
			assertThat(Files.readAllBytes(this.home.resolve("data/care.duckdb"))).isEqualTo(published);
			assertThat((String) this.warehouse
				.value("SELECT message FROM load_runs " + "WHERE as_of = DATE '2024-06-30' AND step = 'publishStep'"))
				.contains("Assertion ledger_matches_load_runs.sql found 1 broken row", "1209.99");
		}
		finally {
			Files.delete(forged);
		}
	}

	private int run(String asOf, Path sources) throws Exception {
		return NightlyRuns.run(this.nightly, asOf, sources);
	}

	private static Path fixture(String name) throws URISyntaxException {
		return NightlyRuns.fixture("finance/" + name);
	}

}
