package org.carewarehouse.privacy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reduces identifying values to the coarser forms the warehouse may keep.
 */
public final class Reductions {

	/**
	 * A district (outward code) with or without its inward code: a district holds at most
	 * four characters and a full postcode at least five, so the two never read alike.
	 */
	private static final Pattern POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})?");

	private Reductions() {
	}

	/**
	 * The postcode district (outward code), e.g. {@code L20} for {@code L20 9ZZ}.
	 * @param postcode a full postcode or a district
	 * @return the district, or {@code null} if the value is not a UK postcode
	 */
	public static @Nullable String postcodeDistrict(@Nullable String postcode) {
		if (postcode == null) {
			return null;
		}
		var postcodeOrDistrict = POSTCODE.matcher(withoutWhitespace(postcode.toUpperCase(Locale.ROOT)));
		return postcodeOrDistrict.matches() ? postcodeOrDistrict.group(1) : null;
	}

	/** The value without the characters a pattern's {@code \\s} matches. */
	private static String withoutWhitespace(String value) {
		StringBuilder kept = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (" \t\n\u000B\f\r".indexOf(c) < 0) {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	/**
	 * Year and month of birth, e.g. {@code 1948-07}.
	 * @param dateOfBirth the date of birth
	 * @return the year and month, or {@code null}
	 */
	public static @Nullable String birthMonth(@Nullable LocalDate dateOfBirth) {
		if (dateOfBirth == null) {
			return null;
		}
		int year = dateOfBirth.getYear();
		int month = dateOfBirth.getMonthValue();
		if (year < 1000 || year > 9999) {
			return String.format(Locale.ROOT, "%04d-%02d", year, month);
		}
		// built by hand, not with String.format: every loaded row has one
		return year + ((month < 10) ? "-0" : "-") + month;
	}

	/**
	 * Age in whole years on a date.
	 * @param dateOfBirth the date of birth
	 * @param on the date
	 * @return the age, or {@code null} if either date is missing
	 */
	public static @Nullable Integer ageOn(@Nullable LocalDate dateOfBirth, @Nullable LocalDate on) {
		return (dateOfBirth != null && on != null) ? Period.between(dateOfBirth, on).getYears() : null;
	}

}
