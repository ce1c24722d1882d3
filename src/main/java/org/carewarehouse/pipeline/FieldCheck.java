package org.carewarehouse.pipeline;

/**
 * A named check a contract column can ask for ({@code check: nhs-number}); features
 * register their checks so that the plumbing never names a domain concept.
 */
public interface FieldCheck {

	/**
	 * The name contracts use for this check.
	 * @return the check name
	 */
	String name();

	/**
	 * The rule a failing value breaks.
	 * @return the rule
	 */
	Rule rule();

	/**
	 * Whether a trimmed, non-blank value passes.
	 * @param value the value
	 * @return {@code true} if it passes
	 */
	boolean test(String value);

	/**
	 * Whether a value is, in the form people write it, the identifier this check is for:
	 * such a value in a column not declared an identifier is rejected and never stored.
	 * @param value a trimmed, non-blank value
	 * @return {@code true} if the value identifies a person wherever it appears
	 */
	default boolean recognises(String value) {
		return false;
	}

}
