package org.carewarehouse.finance;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.carewarehouse.warehouse.ModelDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code fct_payment_lines} and {@code fct_payment_matching} over a ledger and a priced
 * commitment register written out by hand, as at 31 July 2023. Commitment C1 (cost centre
 * CC1, provider P1) is quoted by payments; C7 (CC2, P7) is not, so invoices on CC2 and P7
 * are matched to it by provider and month.
 */
class PaymentMatchingSqlTests {

	@TempDir
	Path run;

	ModelDatabase db;

	@BeforeEach
	void registerLedgerAndTheModels() throws Exception {
		this.db = new ModelDatabase(this.run).with("as_of", "2023-07-31");
		this.db.execute("""
				CREATE TABLE commitments AS
				SELECT * FROM (VALUES ('E1', 'C1'), ('E1', 'C7')) AS rows(council, commitment_reference)""");
		this.db.execute("""
				CREATE TABLE internal.commitment_months AS
				SELECT *, 'commitments.csv' AS source_file FROM (VALUES
				    -- April's rate changes mid-month: two lines, 1,500.00 + 2,250.00
				    ('E1', '2023-24', 1, DATE '2023-04-30', 'CC1', 'P1', 'C1', 700.00, 15, DATE '2023-04-01',
				        1500.00, 2),
				    ('E1', '2023-24', 1, DATE '2023-04-30', 'CC1', 'P1', 'C1', 1050.00, 15, DATE '2023-04-16',
				        2250.00, 3),
				    ('E1', '2023-24', 2, DATE '2023-05-31', 'CC1', 'P1', 'C1', 677.42, 31, DATE '2023-05-01',
				        3000.00, 3),
				    ('E1', '2023-24', 3, DATE '2023-06-30', 'CC1', 'P1', 'C1', 700.00, 30, DATE '2023-06-01',
				        3000.00, 3),
				    ('E1', '2023-24', 4, DATE '2023-07-31', 'CC1', 'P1', 'C1', 677.42, 31, DATE '2023-07-01',
				        3000.00, 3),
				    -- August ends after the business date: not yet expected
				    ('E1', '2023-24', 5, DATE '2023-08-31', 'CC1', 'P1', 'C1', 677.42, 31, DATE '2023-08-01',
				        3000.00, 3),
				    ('E1', '2023-24', 1, DATE '2023-04-30', 'CC2', 'P7', 'C7', 233.33, 30, DATE '2023-04-01',
				        1000.00, 4)
				) AS rows(council, financial_year, period, month_end, cost_centre, provider_id, commitment_reference,
				    weekly_cost, days, first_day, amount, source_line)""");
		this.db.execute("""
				CREATE TABLE ledger AS
				SELECT *, 'ledger.csv' AS source_file FROM (VALUES
				    -- April: lines 12 and 9 pay C1's two rates
				    ('E1', '2023-24', 1, 'CC1', 'P1', 'C1', DATE '2023-05-02', 1875.00, 12),
				    ('E1', '2023-24', 1, 'CC1', 'P1', 'C1', DATE '2023-05-02', 1875.00, 9),
				    -- May: paid, reversed, paid again: once, net
				    ('E1', '2023-24', 2, 'CC1', 'P1', 'C1', DATE '2023-06-01', 3000.00, 20),
				    ('E1', '2023-24', 2, 'CC1', 'P1', 'C1', DATE '2023-06-02', -3000.00, 21),
				    ('E1', '2023-24', 2, 'CC1', 'P1', 'C1', DATE '2023-06-03', 3000.00, 22),
				    -- June: the same amount twice
				    ('E1', '2023-24', 3, 'CC1', 'P1', 'C1', DATE '2023-07-01', 3000.00, 30),
				    ('E1', '2023-24', 3, 'CC1', 'P1', 'C1', DATE '2023-07-01', 3000.00, 31),
				    -- July's payment is posted after the business date
				    ('E1', '2023-24', 4, 'CC1', 'P1', 'C1', DATE '2023-08-01', 3000.00, 40),
				    -- an invoice from a provider nothing is committed with on CC1
				    ('E1', '2023-24', 1, 'CC1', 'P9', 'INV1', DATE '2023-05-02', 800.00, 50),
				    -- an invoice for C7, matched by cost centre, provider and month
				    ('E1', '2023-24', 1, 'CC2', 'P7', 'INV7', DATE '2023-05-02', 1000.00, 51),
				    -- a journal (no provider) is not a payment
				    ('E1', '2023-24', 1, 'CC1', NULL, 'ACCRUAL', DATE '2023-04-30', 5000.00, 52),
				    -- another council's C1 is not E1's commitment
				    ('E2', '2023-24', 1, 'CC1', 'P1', 'C1', DATE '2023-05-02', 500.00, 12)
				) AS rows(council, financial_year, period, cost_centre, provider_id, reference, posting_date, amount,
				    source_line)""");
		this.db.models("marts/fct_payment_lines", "marts/fct_payment_matching");
	}

	@AfterEach
	void close() throws SQLException {
		this.db.close();
	}

	@Test
	void eachMatchHasItsStatusAmountsAndLineCounts() throws SQLException {
		assertThat(this.db
			.rows("SELECT council, period::BIGINT, matched_on, cost_centre, provider_id, reference, expected::VARCHAR, "
					+ "paid::VARCHAR, difference::VARCHAR, status, commitment_line_count, payment_line_count "
					+ "FROM fct_payment_matching ORDER BY ALL"))
			.containsExactly(
					Arrays.asList("E1", 1L, "Provider and month", "CC1", "P9", null, "0.00", "800.00", "800.00",
							"Paid with no placement", 0L, 1L),
					Arrays.asList("E1", 1L, "Provider and month", "CC2", "P7", null, "1000.00", "1000.00", "0.00",
							"Matched", 1L, 1L),
					List.of("E1", 1L, "Reference", "CC1", "P1", "C1", "3750.00", "3750.00", "0.00", "Matched", 2L, 2L),
					List.of("E1", 2L, "Reference", "CC1", "P1", "C1", "3000.00", "3000.00", "0.00", "Matched", 1L, 3L),
					List.of("E1", 3L, "Reference", "CC1", "P1", "C1", "3000.00", "6000.00", "3000.00", "Paid twice", 1L,
							2L),
					List.of("E1", 4L, "Reference", "CC1", "P1", "C1", "3000.00", "0.00", "-3000.00",
							"Placement with no payment", 1L, 0L),
					Arrays.asList("E2", 1L, "Provider and month", "CC1", "P1", null, "0.00", "500.00", "500.00",
							"Paid with no placement", 0L, 1L));
	}

	/**
	 * A match's lines: the commitment's two rates in April by first day, the ledger's
	 * lines by number (9 before 12, where text would put 12 first); the journal, July's
	 * payment posted after the business date and August's commitment are on no line.
	 */
	@Test
	void theLinesBehindAMatchAreRowsKeyedToIt() throws SQLException {
		assertThat(this.db
			.rows("SELECT l.line_kind, string_agg(l.line, ', ' ORDER BY l.line_date, l.source_file, l.source_line) "
					+ "FROM fct_payment_lines AS l JOIN fct_payment_matching AS m ON m.match_id = l.match_id "
					+ "WHERE m.reference = 'C1' AND m.period = 1 GROUP BY ALL ORDER BY ALL"))
			.containsExactly(List.of("Commitment", "C1 700.00 a week x 15 days, C1 1050.00 a week x 15 days"),
					List.of("Ledger", "ledger.csv:9 1875.00, ledger.csv:12 1875.00"));
		assertThat(this.db.rows("SELECT count(*) FILTER (WHERE line_reference = 'ACCRUAL' OR source_line = 40), "
				+ "count(*) FILTER (WHERE period = 5), count(*) FROM fct_payment_lines"))
			.as("6 commitment lines and 10 ledger lines")
			.containsExactly(List.of(0L, 0L, 16L));
		assertThat(this.db.rows("SELECT count(*) FROM fct_payment_lines AS l "
				+ "LEFT JOIN fct_payment_matching AS m ON m.match_id = l.match_id WHERE m.match_id IS NULL"))
			.containsExactly(List.of(0L));
	}

	/**
	 * E1's ledger holds 2022-23 and E2's does not: E2's commitment in March 2023 is in a
	 * year its own ledger does not hold, so it is no placement with no payment, though
	 * another council's ledger holds that year.
	 */
	@Test
	void aCommitmentInAYearTheCouncilsLedgerDoesNotHoldIsNotExpected() throws SQLException {
		this.db.execute("""
				INSERT INTO ledger VALUES
				    ('E1', '2022-23', 12, 'CC1', 'P5', 'INV5', DATE '2023-03-31', 250.00, 60, 'ledger.csv')""");
		this.db.execute("""
				INSERT INTO internal.commitment_months VALUES
				    ('E2', '2022-23', 12, DATE '2023-03-31', 'CC1', 'P1', 'C1', 700.00, 31, DATE '2023-03-01',
				        3100.00, 5, 'commitments.csv')""");
		assertThat(this.db
			.rows("SELECT council, status FROM fct_payment_matching WHERE financial_year = '2022-23' ORDER BY ALL"))
			.containsExactly(List.of("E1", "Paid with no placement"));
	}

	/**
	 * A payment the ledger booked to 2022-23's year-end adjustment period 13 pays March's
	 * commitment: C1's 3,100.00 for March 2023 is paid 3,000.00 in period 12 and 100.00
	 * in period 13, Matched in period 12. Matched on period 13 as booked, March would
	 * show a 100.00 shortfall and period 13 a payment with no placement.
	 */
	@Test
	void aYearEndAdjustmentPeriodsPaymentCountsInMarch() throws SQLException {
		this.db.execute("""
				INSERT INTO ledger VALUES
				    ('E1', '2022-23', 12, 'CC1', 'P1', 'C1', DATE '2023-03-31', 3000.00, 61, 'ledger.csv'),
				    ('E1', '2022-23', 13, 'CC1', 'P1', 'C1', DATE '2023-04-20', 100.00, 62, 'ledger.csv')""");
		this.db.execute("""
				INSERT INTO internal.commitment_months VALUES
				    ('E1', '2022-23', 12, DATE '2023-03-31', 'CC1', 'P1', 'C1', 700.00, 31, DATE '2023-03-01',
				        3100.00, 5, 'commitments.csv')""");
		assertThat(this.db.rows("SELECT period::BIGINT, expected::VARCHAR, paid::VARCHAR, status, payment_line_count "
				+ "FROM fct_payment_matching WHERE financial_year = '2022-23'"))
			.containsExactly(List.of(12L, "3100.00", "3100.00", "Matched", 2L));
	}

	/**
	 * A payment quoting C1 is C1's, whatever it is coded to. February 2023: C1's 2,800.00
	 * on CC1 and P1 is paid in full on cost centre CC9, one match, Matched, on CC1 and
	 * P1, coded elsewhere; keyed on the coding as well it would be two, a placement with
	 * no payment on CC1 and a payment with no placement on CC9. March: paid on CC1 to
	 * provider P2 (the provider's parent company, say), coded elsewhere too. April 2022:
	 * paid as committed, not coded elsewhere. May 2022: paid on CC9, reversed there and
	 * paid again on CC1, nothing stands on CC9: not coded elsewhere.
	 */
	@Test
	void aPaymentQuotingACommitmentMatchesItWhereverItIsCoded() throws SQLException {
		this.db.execute("""
				INSERT INTO ledger VALUES
				    ('E1', '2022-23', 11, 'CC9', 'P1', 'C1', DATE '2023-03-01', 2800.00, 70, 'ledger.csv'),
				    ('E1', '2022-23', 12, 'CC1', 'P2', 'C1', DATE '2023-04-01', 3100.00, 71, 'ledger.csv'),
				    ('E1', '2022-23', 1, 'CC1', 'P1', 'C1', DATE '2022-05-01', 3000.00, 72, 'ledger.csv'),
				    ('E1', '2022-23', 2, 'CC9', 'P1', 'C1', DATE '2022-06-01', 3100.00, 73, 'ledger.csv'),
				    ('E1', '2022-23', 2, 'CC9', 'P1', 'C1', DATE '2022-06-02', -3100.00, 74, 'ledger.csv'),
				    ('E1', '2022-23', 2, 'CC1', 'P1', 'C1', DATE '2022-06-02', 3100.00, 75, 'ledger.csv')""");
		this.db.execute("""
				INSERT INTO internal.commitment_months VALUES
				    ('E1', '2022-23', 11, DATE '2023-02-28', 'CC1', 'P1', 'C1', 700.00, 28, DATE '2023-02-01',
				        2800.00, 6, 'commitments.csv'),
				    ('E1', '2022-23', 12, DATE '2023-03-31', 'CC1', 'P1', 'C1', 700.00, 31, DATE '2023-03-01',
				        3100.00, 6, 'commitments.csv'),
				    ('E1', '2022-23', 1, DATE '2022-04-30', 'CC1', 'P1', 'C1', 700.00, 30, DATE '2022-04-01',
				        3000.00, 6, 'commitments.csv'),
				    ('E1', '2022-23', 2, DATE '2022-05-31', 'CC1', 'P1', 'C1', 700.00, 31, DATE '2022-05-01',
				        3100.00, 6, 'commitments.csv')""");
		assertThat(this.db.rows("SELECT period::BIGINT, cost_centre, provider_id, expected::VARCHAR, paid::VARCHAR, "
				+ "status, coded_elsewhere FROM fct_payment_matching WHERE financial_year = '2022-23' ORDER BY period"))
			.containsExactly(List.of(1L, "CC1", "P1", "3000.00", "3000.00", "Matched", false),
					List.of(2L, "CC1", "P1", "3100.00", "3100.00", "Matched", false),
					List.of(11L, "CC1", "P1", "2800.00", "2800.00", "Matched", true),
					List.of(12L, "CC1", "P1", "3100.00", "3100.00", "Matched", true));
	}

	/**
	 * C1 moved in March 2023 from cost centre CC2 with provider P1 to CC1 with provider
	 * P2: the match carries one line's pair, the lower (CC1, P2), not CC1 with P1, which
	 * no line has.
	 */
	@Test
	void aMovedCommitmentsMatchCarriesOneLinesCoding() throws SQLException {
		this.db.execute("""
				INSERT INTO ledger VALUES
				    ('E1', '2022-23', 12, 'CC1', 'P2', 'C1', DATE '2023-04-01', 3100.00, 80, 'ledger.csv')""");
		this.db.execute("""
				INSERT INTO internal.commitment_months VALUES
				    ('E1', '2022-23', 12, DATE '2023-03-31', 'CC2', 'P1', 'C1', 700.00, 15, DATE '2023-03-01',
				        1500.00, 7, 'commitments.csv'),
				    ('E1', '2022-23', 12, DATE '2023-03-31', 'CC1', 'P2', 'C1', 700.00, 16, DATE '2023-03-16',
				        1600.00, 8, 'commitments.csv')""");
		assertThat(this.db.rows("SELECT cost_centre, provider_id, status, coded_elsewhere FROM fct_payment_matching "
				+ "WHERE financial_year = '2022-23'"))
			.containsExactly(List.of("CC1", "P2", "Matched", false));
	}

	@Test
	void aMatchsIdIsTheSameFromNightToNight() throws SQLException {
		assertThat(this.db.rows("SELECT match_id = md5('E1|2023-24|1|C1'), match_id = md5('E1|2023-24|1|CC2|P7|') "
				+ "FROM fct_payment_matching WHERE council = 'E1' AND period = 1 AND provider_id IN ('P1', 'P7') "
				+ "ORDER BY provider_id"))
			.containsExactly(List.of(true, false), List.of(false, true));
	}

}
