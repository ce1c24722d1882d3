package org.carewarehouse.sample;

import java.time.LocalDate;
import java.util.List;

/**
 * An English financial year, 1 April to 31 March, labelled like {@code 2023-24}.
 *
 * @param startYear the calendar year it starts in, which is also its mid-year population
 */
record FinancialYear(int startYear) {

	/** The years the sample's extracts cover, one file per council for each. */
	static final List<FinancialYear> SAMPLE = List.of(new FinancialYear(2022), new FinancialYear(2023));

	static final LocalDate WINDOW_START = SAMPLE.get(0).start();

	static final LocalDate WINDOW_END = SAMPLE.get(SAMPLE.size() - 1).end();

	LocalDate start() {
		return LocalDate.of(this.startYear, 4, 1);
	}

	LocalDate end() {
		return LocalDate.of(this.startYear + 1, 3, 31);
	}

	String label() {
		return String.format("%d-%02d", this.startYear, (this.startYear + 1) % 100);
	}

	int days() {
		return (int) (end().toEpochDay() - start().toEpochDay()) + 1;
	}

	int index() {
		return SAMPLE.indexOf(this);
	}

	boolean contains(LocalDate date) {
		return !date.isBefore(start()) && !date.isAfter(end());
	}

	/** The 1 October to 31 December quarter whose hospital discharges form the 91-day reablement cohort. */
	LocalDate autumnStart() {
		return LocalDate.of(this.startYear, 10, 1);
	}

}
