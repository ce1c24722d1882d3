package org.carewarehouse.finance;

import java.math.BigDecimal;
import java.util.List;

import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.ContractValidator;
import org.carewarehouse.pipeline.RawRow;
import org.carewarehouse.pipeline.Reject;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.Rule;
import org.carewarehouse.pipeline.TypedRow;
import org.carewarehouse.privacy.Pseudonymiser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The finance mappers on single rows, one test per FN rule, worked by hand.
 */
class FinanceMapperTests {

	private static final Pseudonymiser PSEUDONYMISER = new Pseudonymiser(
			"finance-mapper-tests-key-0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.UTF_8));

	@Test
	void ledgerAmountKeepsMinusAndThousandsSeparatorExactly() throws Exception {
		LedgerTransaction posting = new LedgerMapper().map(ledger("2023-24", "1", "2023-04-30", "-1,234.50"));
		assertThat(posting.amount()).isEqualTo(new BigDecimal("-1234.50"));
		assertThat(posting.period()).isEqualTo(1);
	}

	@Test
	void fn001AmountWithThreeDecimalPlacesIsRejected() {
		assertThatExceptionOfType(RowRejectedException.class)
			.isThrownBy(() -> new LedgerMapper().map(ledger("2023-24", "1", "2023-04-30", "12.345")))
			.satisfies((ex) -> assertThat(ex.rejects().get(0).rule()).isEqualTo("FN001"));
	}

	/**
	 * The period the ledger booked a row to governs: an accrual dated 31 March booked to
	 * period 11, or a year-end line posted on 1 April to 2023-24 period 1, loads in its
	 * stated period with an FN002 warning naming the posting date.
	 */
	@Test
	void fn002PostingDateOutsideStatedPeriodLoadsInItsPeriodWithAWarning() throws RowRejectedException {
		TypedRow accrual = ledger("2023-24", "11", "2024-03-31", "1.00");
		assertThat(new LedgerMapper().map(accrual).period()).isEqualTo(11);
		assertThat(accrual.warnings()).singleElement().satisfies((warning) -> {
			assertThat(warning.rule()).isEqualTo("FN002");
			assertThat(warning.column()).isEqualTo("Posting Date");
			assertThat(warning.value()).isEqualTo("2024-03-31");
		});
		TypedRow lateLine = ledger("2023-24", "1", "2024-04-01", "1.00");
		assertThat(new LedgerMapper().map(lateLine).financialYear()).isEqualTo("2023-24");
		assertThat(lateLine.warnings()).extracting(Reject::rule).containsExactly("FN002");
	}

	/**
	 * Periods 13 to 16 are year-end adjustments booked after March closes: posted on 1
	 * March 2024 or later they are in their period for 2023-24 (31 March, 20 April, a
	 * late audit adjustment in September); posted on 29 February 2024 a period 13 line is
	 * out of it, a warning, and still loads in period 13.
	 */
	@Test
	void aYearEndAdjustmentPeriodIsPostedFromTheYearsLastMonth() throws RowRejectedException {
		for (String posted : List.of("2024-03-01", "2024-03-31", "2024-04-20", "2024-09-30")) {
			TypedRow adjustment = ledger("2023-24", "13", posted, "1.00");
			assertThat(new LedgerMapper().map(adjustment).period()).isEqualTo(13);
			assertThat(adjustment.warnings()).as(posted).isEmpty();
		}
		TypedRow early = ledger("2023-24", "16", "2024-02-29", "1.00");
		assertThat(new LedgerMapper().map(early).period()).isEqualTo(16);
		assertThat(early.warnings()).extracting(Reject::rule).containsExactly("FN002");
	}

	@Test
	void fn003FinancialYearThatIsNotConsecutiveIsRejected() {
		assertThatExceptionOfType(RowRejectedException.class)
			.isThrownBy(
					() -> new BudgetMapper().map(row("finance-budgets", "E08000014", "CC1", "2023-25", "1", "100.00")))
			.satisfies((ex) -> assertThat(ex.rejects().get(0).rule()).isEqualTo("FN003"));
	}

	@Test
	void fn004ChildrensCostCentreWithAdultAgeBandIsRejected() throws Exception {
		assertThatExceptionOfType(RowRejectedException.class)
			.isThrownBy(() -> new CostCentreMapper()
				.map(row("finance-cost-centres", "E08000014", "CC3", "Homes", "Children: IFA", "", "18-64", "")))
			.satisfies((ex) -> assertThat(ex.rejects().get(0).rule()).isEqualTo("FN004"));
		assertThat(new CostCentreMapper()
			.map(row("finance-cost-centres", "E08000014", "CC3", "Homes", "Children: IFA", "", "", ""))
			.ageBand()).isNull();
	}

	@Test
	void fn005WeeklyCostOfZeroOrLessIsRejected() {
		for (String cost : List.of("0.00", "-25.00")) {
			assertThatExceptionOfType(RowRejectedException.class)
				.isThrownBy(() -> commitmentMapper().map(commitment("2023-04-01", "", cost)))
				.satisfies((ex) -> assertThat(ex.rejects()).extracting((r) -> r.rule(), (r) -> r.value())
					.containsExactly(tuple("FN005", cost)));
		}
	}

	@Test
	void fn001WeeklyCostWithThreeDecimalPlacesIsRejected() {
		assertThatExceptionOfType(RowRejectedException.class)
			.isThrownBy(() -> commitmentMapper().map(commitment("2023-04-01", "", "950.125")))
			.satisfies((ex) -> assertThat(ex.rejects().get(0).rule()).isEqualTo("FN001"));
	}

	@Test
	void commitmentKeepsTheRateExactlyAndThePersonOnlyAsTheServicesKey() throws Exception {
		Commitment line = commitmentMapper().map(commitment("01/10/2023", "", "1,250.5"));
		assertThat(line.weeklyCost()).isEqualTo(new BigDecimal("1250.50"));
		assertThat(line.startDate()).isEqualTo(java.time.LocalDate.of(2023, 10, 1));
		assertThat(line.endDate()).isNull();
		assertThat(line.localPersonKey()).isEqualTo(PSEUDONYMISER.localPersonKey("E08000014", "P-1001"))
			.isNotEqualTo(PSEUDONYMISER.localPersonKey("E08000015", "P-1001"));
		assertThat(line.toString()).doesNotContain("P-1001");
	}

	@Test
	void eachFeedListsTheRulesItsMapperApplies() {
		assertThat(FinanceRule.LEDGER).extracting(Rule::code).containsExactly("FN001", "FN002", "FN003");
		assertThat(FinanceRule.BUDGETS).extracting(Rule::code).containsExactly("FN001", "FN003");
		assertThat(FinanceRule.COST_CENTRES).extracting(Rule::code).containsExactly("FN004");
		assertThat(FinanceRule.COMMITMENTS).extracting(Rule::code).containsExactly("FN001", "FN005");
	}

	private static CommitmentMapper commitmentMapper() {
		return new CommitmentMapper(PSEUDONYMISER);
	}

	private static TypedRow commitment(String start, String end, String weeklyCost) throws RowRejectedException {
		return row("finance-commitments", "E08000014", "PL-1", "P-1001", "Adults", "CC100", "P001", "Oak House",
				"Residential placement", start, end, weeklyCost);
	}

	private static TypedRow ledger(String year, String period, String posted, String amount)
			throws RowRejectedException {
		return row("finance-ledger", "E08000014", "CC100", "5100", year, period, posted, amount, "P001", "R1", "d");
	}

	private static TypedRow row(String contract, String... values) throws RowRejectedException {
		String[] cells = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			cells[i] = values[i].isEmpty() ? null : values[i];
		}
		return new ContractValidator(ContractLoader.load(contract), List.of())
			.validate(new RawRow(2, cells, cells.length, cells.length));
	}

}
