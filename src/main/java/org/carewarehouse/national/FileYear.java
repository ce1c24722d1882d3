package org.carewarehouse.national;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.Rule;
import org.jspecify.annotations.Nullable;

/**
 * The financial year a national file covers, from its name: the published files carry it
 * only there ({@code asc-fr-2023-24.csv}, or NHS England's {@code ...-eng-2324-...}).
 */
final class FileYear {

	static final Rule NO_YEAR = new Rule("NA001", "The national file's name does not say its financial year");

	private static final Pattern LABEL = Pattern.compile("(20\\d{2})-(\\d{2})");

	private static final Pattern SHORT = Pattern.compile("-(\\d{2})(\\d{2})-");

	private FileYear() {
	}

	/**
	 * The year a row of the file belongs to.
	 * @param year the year {@link #of} read from the file's name, null when it found none
	 * @param sourceFile the file's name
	 * @param example a name of the file's kind that says its year, for the message
	 * @return the year
	 * @throws RowRejectedException under {@link #NO_YEAR} when the name holds no year
	 */
	static String required(@Nullable String year, String sourceFile, String example) throws RowRejectedException {
		if (year == null) {
			throw new RowRejectedException(NO_YEAR, null,
					"the file name " + sourceFile + " names no financial year (" + example + ")", sourceFile);
		}
		return year;
	}

	/**
	 * A value of a published file as a number's text, or null for a blank or a marker of
	 * a value not there ({@code :}, {@code *}, {@code [c]}, {@code [x]}).
	 * @param value the cell as read
	 * @return the cell, or null
	 */
	static @Nullable String figure(@Nullable String value) {
		return (value == null || !Character.isDigit(value.charAt(value.length() - 1))) ? null : value;
	}

	/** The year's label, like 2023-24, or null when the name holds none. */
	static @Nullable String of(String fileName) {
		Matcher label = LABEL.matcher(fileName);
		if (label.find()) {
			return label.group(1) + "-" + label.group(2);
		}
		Matcher compact = SHORT.matcher(fileName);
		return compact.find() ? "20" + compact.group(1) + "-" + compact.group(2) : null;
	}

}
