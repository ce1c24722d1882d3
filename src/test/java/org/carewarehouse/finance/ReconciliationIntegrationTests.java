package org.carewarehouse.finance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carewarehouse.Command;
import org.carewarehouse.nightly.NightlyHome;
import org.carewarehouse.nightly.NightlyIntegrationTest;
import org.carewarehouse.nightly.NightlyOptions;
import org.carewarehouse.nightly.NightlyRuns;
import org.carewarehouse.nightly.Warehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finance reconciliation on the hand-built extracts in {@code fixtures/reconciliation}
 * (Sefton, 2023-24), loaded as of 31 August and again as of 30 September 2023.
 * <p>
 * Budgets: CHRES (children's residential) 6,000.00 a month, 72,000.00 a year; ASCRES
 * (residential 65+) 5,000.00 a month. Commitments: C1 (child K1, provider P1) 700.00 a
 * week to 15 June, then 1,050.00 a week, open; C2 (child K2, P2) 1,400.00 a week to 20
 * August; C3 (adult, P3, on ASCRES) 350.00 a week, open. A month costs the weekly rate x
 * days / 7: C1 April 3,000.00, May 3,100.00, June 15 days at 100.00 + 15 at 150.00 =
 * 3,750.00, July and August 4,650.00, September 4,500.00; C2 April 6,000.00, May
 * 6,200.00, June 6,000.00, July 6,200.00, August 20 days x 200.00 = 4,000.00; C3 1,500.00
 * or 1,550.00 by the month's days.
 * <p>
 * Ledger: C1 paid April and May, June at the old rate (3,000.00), July 4,800.00 less a
 * 150.00 credit note, August, and nothing in September. C2 paid April; May paid, reversed
 * and reissued; June paid twice; July; August in full (6,200.00) though it ended on the
 * 20th; September after it ended. P3 invoiced each month as committed; P9 invoiced 800.00
 * in August with no commitment; a 100.00 accrual journal in September has no provider.
 */
@NightlyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconciliationIntegrationTests {

	@Autowired
	@Qualifier("nightlyCommand")
	Command<NightlyOptions> nightly;

	@Autowired
	NightlyHome home;

	@Autowired
	Warehouse warehouse;

	@BeforeAll
	void loadTwoMonthEnds() throws Exception {
		Path sources = NightlyRuns.fixture("reconciliation");
		assertThat(NightlyRuns.run(this.nightly, "2023-08-31", sources)).isEqualTo(Command.OK);
		assertThat(NightlyRuns.run(this.nightly, "2023-09-30", sources)).isEqualTo(Command.OK);
	}

	/**
	 * CHRES as at 30 September: actual to date C1 3,000 + 3,100 + 3,000 + 4,800 - 150 +
	 * 4,650 = 18,400.00 and C2 6,000 + 6,200 + 12,000 + 6,200 + 6,200 + 6,200 =
	 * 42,800.00, together 61,200.00; remaining commitment C1 October to March, 183 days x
	 * 150.00 = 27,450.00 (C2 has ended); forecast 88,650.00 against 72,000.00: variance
	 * 16,650.00, 23.125% = 23.1%, over the 2% tolerance. ASCRES: actual 9,150.00 + 800.00
	 * + 100.00 = 10,050.00, remaining C3 183 x 50.00 = 9,150.00, forecast 19,200.00
	 * against 60,000.00: -40,800.00, -68.0%.
	 */
	@Test
	void budgetActualCommitmentForecastAndVariance() throws Exception {
		assertThat(this.warehouse.rows("SELECT cost_centre, support_setting, annual_budget::VARCHAR, "
				+ "budget_to_date::VARCHAR, actual_to_date::VARCHAR, remaining_commitment::VARCHAR, "
				+ "forecast_outturn::VARCHAR, variance::VARCHAR, variance_percent::VARCHAR, over_tolerance "
				+ "FROM budget_monitoring WHERE as_at_date = DATE '2023-09-30' ORDER BY cost_centre"))
			.containsExactly(
					List.of("ASCRES", "Residential", "60000.00", "30000.00", "10050.00", "9150.00", "19200.00",
							"-40800.00", "-68.0000", false),
					List.of("CHRES", "Children: Residential", "72000.00", "36000.00", "61200.00", "27450.00",
							"88650.00", "16650.00", "23.1000", true));
		assertThat(this.warehouse.value("SELECT summary FROM budget_alerts"))
			.isEqualTo("Children's residential placements (CHRES): forecast outturn 88,650.00 against a budget of "
					+ "72,000.00, an overspend of 16,650.00 (23.1%) as at 30 September 2023");
	}

	/**
	 * C1: April, May, July (credit note nets 4,650.00) and August match; June paid
	 * 3,000.00 against 3,750.00, a different rate (-750.00); September committed, not
	 * paid. C2: April, May (reversal and reissue net 6,200.00) and July match; June paid
	 * twice (+6,000.00); August 6,200.00 against 4,000.00 (+2,200.00); September paid
	 * with no placement (+6,200.00). P3's six invoices match; P9's is paid with no
	 * placement. The accrual journal is not a payment.
	 */
	@Test
	void paymentsAreMatchedToPlacementsWithBothSidesOfEachMismatch() throws Exception {
		assertThat(this.warehouse.rows("SELECT coalesce(reference, provider_id), period, status, "
				+ "expected::VARCHAR, paid::VARCHAR, difference::VARCHAR FROM payment_matching "
				+ "WHERE status <> 'Matched' ORDER BY 1, 2"))
			.containsExactly(List.of("C1", 3L, "Paid at a different rate", "3750.00", "3000.00", "-750.00"),
					List.of("C1", 6L, "Placement with no payment", "4500.00", "0.00", "-4500.00"),
					List.of("C2", 3L, "Paid twice", "6000.00", "12000.00", "6000.00"),
					List.of("C2", 5L, "Paid at a different rate", "4000.00", "6200.00", "2200.00"),
					List.of("C2", 6L, "Paid with no placement", "0.00", "6200.00", "6200.00"),
					List.of("P9", 5L, "Paid with no placement", "0.00", "800.00", "800.00"));
		assertThat(this.warehouse.count("SELECT count(*) FROM payment_matching WHERE status = 'Matched'"))
			.isEqualTo(13);
		assertThat(lines("C2", 3, "Ledger"))
			.isEqualTo("ledger-E08000014-2023-24.csv:12 6000.00, ledger-E08000014-2023-24.csv:13 6000.00");
		assertThat(lines("C1", 3, "Commitment")).isEqualTo("C1 700.00 a week x 15 days, C1 1050.00 a week x 15 days");
		assertThat(this.warehouse.rows("SELECT commitment_line_count, payment_line_count FROM payment_matching "
				+ "WHERE reference = 'C2' AND period IN (3, 6) ORDER BY period"))
			.containsExactly(List.of(1L, 2L), List.of(0L, 1L));
		assertThat(this.warehouse.count("SELECT count(*) FROM payment_lines AS l "
				+ "LEFT JOIN payment_matching AS m ON m.match_id = l.match_id WHERE m.match_id IS NULL"))
			.as("every line belongs to a match")
			.isZero();
	}

	/** A match's lines of one kind, in the order of their dates, files and lines. */
	private Object lines(String reference, int period, String kind) throws Exception {
		return this.warehouse
			.value("SELECT string_agg(l.line, ', ' ORDER BY l.line_date, l.source_file, l.source_line) "
					+ "FROM payment_matching AS m JOIN payment_lines AS l ON l.match_id = m.match_id WHERE m.reference = '"
					+ reference + "' AND m.period = " + period + " AND l.line_kind = '" + kind + "'");
	}

	/**
	 * Every ledger row and pound read is loaded or rejected: 23 rows, 18,400.00 +
	 * 42,800.00 + 10,050.00 = 71,250.00, all loaded.
	 */
	@Test
	void ledgerControlTotalsBalanceToThePenny() throws Exception {
		assertThat(this.warehouse.rows("SELECT rows_read, rows_loaded, rows_rejected, amount_read::VARCHAR, "
				+ "amount_loaded::VARCHAR, amount_rejected::VARCHAR FROM load_runs "
				+ "WHERE as_of = DATE '2023-09-30' AND source_file = 'ledger-E08000014-2023-24.csv'"))
			.containsExactly(List.of(23L, 23L, 0L, "71250.00", "71250.00", "0.00"));
	}

	/**
	 * As at 31 August (the first run's snapshot): CHRES actual 18,400.00 + 36,600.00 =
	 * 55,000.00; remaining C1 September to March 4,500.00 + 27,450.00 = 31,950.00;
	 * forecast 86,950.00, variance 14,950.00 (20.76% = 20.8%).
	 */
	@Test
	void earlierMonthEndsCanBeAskedAsTheyStood() throws Exception {
		assertThat(this.warehouse.rows("SELECT snapshot_as_of::VARCHAR, actual_to_date::VARCHAR, "
				+ "remaining_commitment::VARCHAR, forecast_outturn::VARCHAR, variance_percent::VARCHAR "
				+ "FROM budget_monitoring_snapshots WHERE cost_centre = 'CHRES' AND as_at_date = snapshot_as_of "
				+ "ORDER BY 1"))
			.containsExactly(List.of("2023-08-31", "55000.00", "31950.00", "86950.00", "20.8000"),
					List.of("2023-09-30", "61200.00", "27450.00", "88650.00", "23.1000"));
	}

	@Test
	void eachCouncilGetsCsvFilesThatSayWhoseTheyAre() throws Exception {
		Path current = this.home.resolve("data/current");
		List<String> monitoring = Files
			.readAllLines(current.resolve("budget_monitoring_csv/council=E08000014/budget_monitoring_0.csv"));
		assertThat(monitoring.get(0)).startsWith("council,financial_year,as_at_period,as_at_date,cost_centre");
		assertThat(monitoring)
			.anyMatch((line) -> line.startsWith("E08000014,2023-24,6,2023-09-30,CHRES") && line.contains("88650.00"));
		List<String> matching = Files
			.readAllLines(current.resolve("payment_matching_csv/council=E08000014/payment_matching_0.csv"));
		assertThat(matching.get(0)).startsWith("council,").endsWith(",commitment_line_count,payment_line_count");
		assertThat(matching).hasSize(1 + 13 + 6).noneMatch((line) -> line.contains("["));
	}

	/**
	 * The exceptions alone, a row for each line behind them: C2's June, paid twice, is
	 * its one commitment line and the two ledger lines 12 and 13 (6,000.00 each).
	 */
	@Test
	void exceptionsCsvHoldsOneRowPerLineAndNoMatches() throws Exception {
		List<String> lines = Files.readAllLines(
				this.home.resolve("data/current/payment_exceptions_csv/council=E08000014/payment_exceptions_0.csv"));
		assertThat(lines.get(0)).isEqualTo("council,financial_year,period,status,matched_on,cost_centre,provider_id,"
				+ "reference,expected,paid,difference,coded_elsewhere,line_cost_centre,line_provider_id,line_kind,line");
		assertThat(lines).noneMatch((line) -> line.contains(",Matched,"));
		assertThat(lines.stream().filter((line) -> line.contains(",3,Paid twice,")).toList()).hasSize(3)
			.anyMatch((line) -> line.contains(",Commitment,C2 "))
			.anyMatch((line) -> line.endsWith(",Ledger,ledger-E08000014-2023-24.csv:12 6000.00"))
			.anyMatch((line) -> line.endsWith(",Ledger,ledger-E08000014-2023-24.csv:13 6000.00"));
	}

}
