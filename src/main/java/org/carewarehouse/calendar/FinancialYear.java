package org.carewarehouse.calendar;

import java.time.LocalDate;
import java.time.Month;

/**
 * A financial year, 1 April to 31 March, labelled like {@code 2023-24}.
 *
 * @param startYear the calendar year in which it starts
 */
public record FinancialYear(int startYear) {

	/**
	 * The financial year a date falls in.
	 * @param date the date
	 * @return its financial year
	 */
	public static FinancialYear containing(LocalDate date) {
		return new FinancialYear(
				(date.getMonthValue() >= Month.APRIL.getValue()) ? date.getYear() : date.getYear() - 1);
	}

	/**
	 * Parses a label such as {@code 2023-24}.
	 * @param label the label
	 * @return the financial year
	 */
	public static FinancialYear parse(String label) {
		// checked by hand, not by a regular expression: the ledger parses one per row
		if (!shaped(label)) {
			throw new IllegalArgumentException("Not a financial year label: " + label);
		}
		FinancialYear year = new FinancialYear(Integer.parseInt(label.substring(0, 4)));
		if (!year.label().equals(label)) {
			throw new IllegalArgumentException("Not a financial year label: " + label);
		}
		return year;
	}

	private static boolean shaped(String label) {
		if (label.length() != 7 || label.charAt(4) != '-') {
			return false;
		}
		for (int i = 0; i < label.length(); i++) {
			char c = label.charAt(i);
			if (i != 4 && (c < '0' || c > '9')) {
				return false;
			}
		}
		return true;
	}

	public LocalDate start() {
		return LocalDate.of(this.startYear, Month.APRIL, 1);
	}

	public LocalDate end() {
		return LocalDate.of(this.startYear + 1, Month.MARCH, 31);
	}

	/**
	 * The period number of a date within the year: April is 1, March is 12.
	 * @param date a date in this year
	 * @return the period
	 */
	public int period(LocalDate date) {
		return (date.getMonthValue() + 8) % 12 + 1;
	}

	public String label() {
		// built by hand, not with String.format: every loaded row is labelled
		int end = (this.startYear + 1) % 100;
		return this.startYear + ((end < 10) ? "-0" : "-") + end;
	}

	@Override
	public String toString() {
		return label();
	}

}
