package org.carewarehouse.pipeline;

/**
 * The rules every contract applies to every row.
 */
public enum RowRule implements Rule {

	REQUIRED("CW001", "A mandatory field is blank"),

	INVALID_INTEGER("CW002", "The value is not a whole number"),

	INVALID_DECIMAL("CW003", "The value is not a decimal number"),

	INVALID_DATE("CW004", "The value is not a real date in an accepted format"),

	UNKNOWN_CODE("CW005", "The value is not in the column's code list"),

	PATTERN("CW006", "The value does not have the declared form"),

	DATE_ORDER("CW007", "An end date falls before its start date"),

	FIELD_COUNT("CW008", "The row has a different number of fields from the header"),

	FAILED_CHECK("CW009", "The value fails the column's check"),

	NOT_UTF8("CW012", "The value holds bytes that are not UTF-8 (the extract was saved in another encoding)");

	private final String code;

	private final String description;

	RowRule(String code, String description) {
		this.code = code;
		this.description = description;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String description() {
		return this.description;
	}

}
