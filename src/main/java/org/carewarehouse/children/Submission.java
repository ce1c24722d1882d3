package org.carewarehouse.children;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carewarehouse.calendar.FinancialYear;
import org.carewarehouse.pipeline.FileRejectedException;

/**
 * The council and collection year of an SSDA903 file, read from its name:
 * {@code ssda903-<GSS code>-<collection year yyyy>-header.csv} (or
 * {@code -episodes.csv}). Collection year 2024 is the year ending 31 March 2024,
 * financial year 2023-24.
 *
 * @param council the council's GSS code
 * @param collectionYear the year in which the collection year ends
 */
record Submission(String council, int collectionYear) {

	private static final Pattern NAME = Pattern
		.compile("ssda903-(E\\d{8})-(\\d{4})-(header|episodes)(?i:\\.csv(\\.gz)?)");

	/**
	 * Reads a file name.
	 * @param fileName the file's name
	 * @param table {@code header} or {@code episodes}
	 * @return the submission
	 * @throws FileRejectedException if the name does not follow the convention
	 */
	static Submission of(String fileName, String table) {
		Matcher matcher = NAME.matcher(fileName);
		if (!matcher.matches() || !matcher.group(3).equals(table)) {
			throw new FileRejectedException(fileName, 0, "the name does not follow ssda903-<GSS code>-<collection year "
					+ "yyyy>-" + table + ".csv (e.g. ssda903-E08000014-2024-" + table + ".csv)");
		}
		int year = Integer.parseInt(matcher.group(2));
		if (year < 2000 || year > 2100) {
			throw new FileRejectedException(fileName, 0, "collection year " + year + " is not plausible");
		}
		return new Submission(matcher.group(1), year);
	}

	FinancialYear financialYear() {
		return new FinancialYear(this.collectionYear - 1);
	}

	LocalDate yearEnd() {
		return LocalDate.of(this.collectionYear, 3, 31);
	}

}
