package org.carewarehouse.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;

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
		if (!label.matches("\\d{4}-\\d{2}")) {
			throw new IllegalArgumentException("Not a financial year label: " + label);
		}
		FinancialYear year = new FinancialYear(Integer.parseInt(label.substring(0, 4)));
		if (!year.label().equals(label)) {
			throw new IllegalArgumentException("Not a financial year label: " + label);
		}
		return year;
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
		return String.format(Locale.ROOT, "%d-%02d", this.startYear, (this.startYear + 1) % 100);
	}

	@Override
	public String toString() {
		return label();
	}

}
