package org.carewarehouse.pipeline;

import org.jspecify.annotations.Nullable;

/**
 * The masked form of a rejected value that would identify someone (an identifier column's
 * value, or one shaped like an NHS number, a full postcode or a name, whatever column it
 * arrived in): its shape only, every letter {@code A} and every digit {@code #}, the rest
 * kept. The data owner still sees what kind of value broke the rule ({@code AA##
 * #AA}, a full postcode where a district belongs), and {@code rejects} never holds it.
 */
public final class RejectedValue {

	private RejectedValue() {
	}

	/**
	 * Masks a value.
	 * @param value the value as rejected, or {@code null}
	 * @return its shape, or {@code null} for no value
	 */
	public static @Nullable String masked(@Nullable String value) {
		if (value == null) {
			return null;
		}
		StringBuilder shape = new StringBuilder(value.length());
		value.codePoints().forEach((c) -> {
			if (Character.isLetter(c)) {
				shape.append('A');
			}
			else if (Character.isDigit(c)) {
				shape.append('#');
			}
			else {
				shape.appendCodePoint(c);
			}
		});
		return shape.toString();
	}

}
