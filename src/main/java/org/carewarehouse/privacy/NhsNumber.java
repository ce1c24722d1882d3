package org.carewarehouse.privacy;

import org.carewarehouse.pipeline.FieldCheck;
import org.carewarehouse.pipeline.Rule;

/**
 * The NHS number's modulus 11 check, as the NHS Data Dictionary defines it.
 */
public final class NhsNumber implements FieldCheck {

	/** The rule a failing NHS number breaks. */
	public static final Rule RULE = new Rule("PV001",
			"The NHS number is not 10 digits with a valid modulus 11 check digit");

	@Override
	public String name() {
		return "nhs-number";
	}

	@Override
	public Rule rule() {
		return RULE;
	}

	@Override
	public boolean test(String value) {
		return isValid(value);
	}

	/**
	 * Ten digits, or three groups of 3, 3 and 4 digits, with a valid check digit; other
	 * groupings (a CQC location id such as {@code 1-000000001}) are not taken for one.
	 */
	@Override
	public boolean recognises(String value) {
		return written(value) && isValid(value);
	}

	/**
	 * Ten digits, or 3, 3 and 4 digits parted twice by the same space or hyphen. Checked
	 * by hand, not with a pattern: every value of every column is held to it.
	 */
	private static boolean written(String value) {
		if (value.length() == 10) {
			return allDigits(value, 0, 10);
		}
		if (value.length() != 12) {
			return false;
		}
		char separator = value.charAt(3);
		return (separator == ' ' || separator == '-') && value.charAt(7) == separator && allDigits(value, 0, 3)
				&& allDigits(value, 4, 7) && allDigits(value, 8, 12);
	}

	private static boolean allDigits(String value, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a value is a valid NHS number; spaces and hyphens between digit groups are
	 * allowed.
	 * @param value the value
	 * @return {@code true} if valid
	 */
	public static boolean isValid(String value) {
		String digits = digits(value);
		if (digits.length() != 10 || !allDigits(digits, 0, 10)) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (digits.charAt(i) - '0') * (10 - i);
		}
		int check = 11 - (sum % 11);
		if (check == 11) {
			check = 0;
		}
		return check != 10 && check == digits.charAt(9) - '0';
	}

	/** The value without the spaces and hyphens people put between digit groups. */
	static String digits(String value) {
		StringBuilder digits = new StringBuilder(10);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c != ' ' && c != '-') {
				digits.append(c);
			}
		}
		return digits.toString();
	}

}
