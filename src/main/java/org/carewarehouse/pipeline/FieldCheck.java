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
	 * Whether a value passing this check identifies a person wherever it appears: in a
	 * column not declared an identifier it is then rejected and never stored.
	 * @return {@code true} for a check that recognises an identifier
	 */
	default boolean identifies() {
		return false;
	}

}
