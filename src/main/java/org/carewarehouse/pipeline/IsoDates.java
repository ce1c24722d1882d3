package org.carewarehouse.pipeline;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Reads {@code yyyy-MM-dd} dates by hand: most date cells of most extracts are in this
 * form, and a formatter costs far more per cell than the checks below.
 */
final class IsoDates {

	private IsoDates() {
	}

	/**
	 * The date a value gives, if it is ten characters {@code dddd-dd-dd} naming a real
	 * date.
	 * @param value a trimmed value
	 * @return the date, or {@code null} if the value is not one in this form (another
	 * accepted format may still read it)
	 */
	static @Nullable LocalDate parse(String value) {
		if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
			return null;
		}
		int year = digits(value, 0, 4);
		int month = digits(value, 5, 7);
		int day = digits(value, 8, 10);
		if (year < 0 || month < 0 || day < 0) {
			return null;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static int digits(String value, int from, int to) {
		int number = 0;
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			number = number * 10 + (c - '0');
		}
		return number;
	}

}
