package org.carewarehouse.finance;

import java.util.List;

import org.carewarehouse.pipeline.Rule;

/**
 * Rules of the finance feeds that need domain knowledge, listed per feed that applies
 * them.
 */
final class FinanceRule {

	static final Rule AMOUNT_TOO_PRECISE = new Rule("FN001",
			"An amount has more than 2 decimal places (pounds and pence)");

	static final Rule POSTING_OUTSIDE_PERIOD = new Rule("FN002",
			"The posting date is not in the stated financial year and period (a warning: the row counts in its "
					+ "stated period)");

	static final Rule FINANCIAL_YEAR_INVALID = new Rule("FN003", "The financial year is not a label such as 2023-24");

	static final Rule AGE_BAND_MISMATCH = new Rule("FN004", "A children's cost centre has an adult age band");

	static final Rule WEEKLY_COST_NOT_POSITIVE = new Rule("FN005",
			"A commitment's weekly cost is not greater than zero");

	/** The rules {@link LedgerMapper} applies. */
	static final List<Rule> LEDGER = List.of(AMOUNT_TOO_PRECISE, POSTING_OUTSIDE_PERIOD, FINANCIAL_YEAR_INVALID);

	/** The rules {@link BudgetMapper} applies. */
	static final List<Rule> BUDGETS = List.of(AMOUNT_TOO_PRECISE, FINANCIAL_YEAR_INVALID);

	/** The rules {@link CostCentreMapper} applies. */
	static final List<Rule> COST_CENTRES = List.of(AGE_BAND_MISMATCH);

	/** The rules {@link CommitmentMapper} applies. */
	static final List<Rule> COMMITMENTS = List.of(AMOUNT_TOO_PRECISE, WEEKLY_COST_NOT_POSITIVE);

	private FinanceRule() {
	}

}
