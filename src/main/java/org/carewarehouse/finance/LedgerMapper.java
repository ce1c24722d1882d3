package org.carewarehouse.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.carewarehouse.calendar.FinancialYear;
import org.carewarehouse.pipeline.RowMapper;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.TypedRow;

/**
 * Turns a contract-checked ledger row into a {@link LedgerTransaction}. The row counts in
 * the financial year and period the ledger booked it to; a posting date outside them (a
 * year-end accrual posted in April to period 12, a line posted in the close window) is a
 * warning, not a reason to lose the spend. Periods 13 to 16 are the year-end adjustment
 * periods a ledger books after March has closed: their lines are posted from March
 * onwards, so only one posted before the year's last month is out of its period.
 */
class LedgerMapper implements RowMapper<LedgerTransaction> {

	private static final int LAST_MONTH = 12;

	LedgerMapper() {
	}

	@Override
	public LedgerTransaction map(TypedRow row) throws RowRejectedException {
		BigDecimal amount = Money.pounds(row, "Amount");
		FinancialYear year = Money.year(row);
		int period = row.integer("Period").intValue();
		LocalDate posted = row.date("Posting Date");
		if (!inPeriod(year, period, posted)) {
			row.warn(FinanceRule.POSTING_OUTSIDE_PERIOD, "Posting Date", "'Posting Date' " + posted + " is not in "
					+ year.label() + " period " + period + "; the row counts in the period the ledger booked it to",
					posted.toString());
		}
		return new LedgerTransaction(row.string("Council"), year.label(), period, row.string("Cost Centre"),
				row.string("Subjective Code"), posted, amount, row.string("Supplier"), row.string("Reference"),
				row.string("Description"));
	}

	private static boolean inPeriod(FinancialYear year, int period, LocalDate posted) {
		if (period > LAST_MONTH) {
			return !posted.isBefore(year.end().withDayOfMonth(1));
		}
		return FinancialYear.containing(posted).equals(year) && year.period(posted) == period;
	}

}
