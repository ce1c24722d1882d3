package org.carewarehouse.finance;

import org.carewarehouse.calendar.FinancialYear;
import org.carewarehouse.pipeline.RowMapper;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.TypedRow;

/**
 * Turns a contract-checked budget row into a {@link Budget}.
 */
class BudgetMapper implements RowMapper<Budget> {

	BudgetMapper() {
	}

	@Override
	public Budget map(TypedRow row) throws RowRejectedException {
		FinancialYear year = Money.year(row);
		return new Budget(row.string("Council"), year.label(), row.integer("Period").intValue(),
				row.string("Cost Centre"), Money.pounds(row, "Budget Amount"));
	}

}
