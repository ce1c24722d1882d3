package org.carewarehouse.finance;

import org.carewarehouse.pipeline.Rule;

/**
 * Rules of the finance feed that need domain knowledge.
 */
enum FinanceRule implements Rule {

	AMOUNT_TOO_PRECISE("FN001", "An amount has more than 2 decimal places (pounds and pence)"),

	POSTING_OUTSIDE_PERIOD("FN002", "The posting date is not in the stated financial year and period"),

	FINANCIAL_YEAR_INVALID("FN003", "The financial year is not a label such as 2023-24"),

	AGE_BAND_MISMATCH("FN004", "A children's cost centre has an adult age band");

	private final String code;

	private final String description;

	FinanceRule(String code, String description) {
		this.code = code;
		this.description = description;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String description() {
		return this.description;
	}

}
