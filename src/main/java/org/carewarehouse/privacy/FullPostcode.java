package org.carewarehouse.privacy;

import java.util.Locale;
import java.util.regex.Pattern;

import org.carewarehouse.pipeline.FieldCheck;
import org.carewarehouse.pipeline.Rule;

/**
 * A full UK postcode (outward and inward code, {@code L20 3AB}), which identifies a
 * handful of households: only its district is ever stored.
 */
public final class FullPostcode implements FieldCheck {

	/** The rule a value that is not a full postcode breaks. */
	public static final Rule RULE = new Rule("PV002", "The value is not a full UK postcode");

	private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");

	@Override
	public String name() {
		return "full-postcode";
	}

	@Override
	public Rule rule() {
		return RULE;
	}

	@Override
	public boolean test(String value) {
		String trimmed = value.strip();
		return shaped(trimmed) && POSTCODE.matcher(trimmed.toUpperCase(Locale.ROOT)).matches();
	}

	/**
	 * Whether a trimmed value could be a postcode at all: 5 to 8 characters ending in a
	 * digit and two letters. Most values are not, and this is far cheaper than the
	 * pattern, which every value of every column is held to.
	 */
	private static boolean shaped(String value) {
		int length = value.length();
		return length >= 5 && length <= 8 && Character.isDigit(value.charAt(length - 3))
				&& Character.isLetter(value.charAt(length - 2)) && Character.isLetter(value.charAt(length - 1));
	}

	@Override
	public boolean recognises(String value) {
		return test(value);
	}

}
