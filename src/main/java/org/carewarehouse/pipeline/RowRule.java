package org.carewarehouse.pipeline;

import java.util.List;

/**
 * The rules every contract applies to every row.
 */
public final class RowRule {

	public static final Rule REQUIRED = new Rule("CW001", "A mandatory field is blank");

	public static final Rule INVALID_INTEGER = new Rule("CW002", "The value is not a whole number");

	public static final Rule INVALID_DECIMAL = new Rule("CW003", "The value is not a decimal number");

	public static final Rule INVALID_DATE = new Rule("CW004", "The value is not a real date in an accepted format");

	public static final Rule UNKNOWN_CODE = new Rule("CW005", "The value is not in the column's code list");

	public static final Rule PATTERN = new Rule("CW006", "The value does not have the declared form");

	public static final Rule DATE_ORDER = new Rule("CW007", "An end date falls before its start date");

	public static final Rule FIELD_COUNT = new Rule("CW008",
			"The row has a different number of fields from the header");

	public static final Rule FAILED_CHECK = new Rule("CW009", "The value fails the column's check");

	public static final Rule NOT_UTF8 = new Rule("CW012",
			"The value holds bytes that are not UTF-8 (the extract was saved in another encoding)");

	public static final Rule DECIMAL_COMMA = new Rule("CW013",
			"The number has a comma that may be a decimal separator (12,50) or an ambiguous thousands separator "
					+ "(1,234); it is not guessed at: write 12.50 or 1234");

	public static final Rule OUT_OF_RANGE = new Rule("CW014",
			"The number is too large for the warehouse (decimals are DECIMAL(18,2): at most 16 digits before the point)");

	public static final Rule IDENTIFIER_ELSEWHERE = new Rule("CW015",
			"The value looks like a person identifier (an NHS number or a full postcode) in a column that must not "
					+ "hold one, e.g. after a swapped heading; only its shape is stored");

	public static final Rule CONTROL_CHARACTER = new Rule("CW021",
			"The value holds a control character (a NUL or another below a space, other than a tab or a line break), "
					+ "which no real value does: a damaged or binary extract");

	public static final Rule NOT_AS_NAMED = new Rule("CW022",
			"The row's council, financial year or snapshot month is not the one its file's name holds (a file "
					+ "sent under another council's, year's or snapshot's name)");

	public static final Rule REPEATED_KEY = new Rule("CW024",
			"The row's values of the columns its contract declares unique (unique:), as they load, are those of an "
					+ "earlier row of the same file, whose line the message names: only the first row with a key "
					+ "can load, so that nothing counts twice");

	/** Every row rule, for the rule catalogue. */
	public static final List<Rule> ALL = List.of(REQUIRED, INVALID_INTEGER, INVALID_DECIMAL, INVALID_DATE, UNKNOWN_CODE,
			PATTERN, DATE_ORDER, FIELD_COUNT, FAILED_CHECK, NOT_UTF8, DECIMAL_COMMA, OUT_OF_RANGE, IDENTIFIER_ELSEWHERE,
			CONTROL_CHARACTER, NOT_AS_NAMED, REPEATED_KEY);

	private RowRule() {
	}

}
