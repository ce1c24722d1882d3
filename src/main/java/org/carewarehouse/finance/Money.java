package org.carewarehouse.finance;

import java.math.BigDecimal;

import org.carewarehouse.calendar.FinancialYear;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.TypedRow;

/**
 * Checks shared by the finance mappers.
 */
final class Money {

	private Money() {
	}

	static BigDecimal pounds(TypedRow row, String column) throws RowRejectedException {
		BigDecimal value = row.decimal(column);
		if (value.stripTrailingZeros().scale() > 2) {
			throw new RowRejectedException(FinanceRule.AMOUNT_TOO_PRECISE, column,
					"'" + column + "' has more than 2 decimal places", row.raw(column));
		}
		return value.setScale(2);
	}

	static FinancialYear year(TypedRow row) throws RowRejectedException {
		String label = row.string("Financial Year");
		try {
			return FinancialYear.parse(label);
		}
		catch (IllegalArgumentException ex) {
			throw new RowRejectedException(FinanceRule.FINANCIAL_YEAR_INVALID, "Financial Year",
					"'" + label + "' is not a financial year such as 2023-24", label);
		}
	}

}
