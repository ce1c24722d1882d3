package org.carewarehouse.pipeline;

import java.util.List;

/**
 * Thrown by a feed's row mapper when a row breaks a rule that needs domain knowledge.
 */
public class RowRejectedException extends Exception {

	private final transient List<Reject> rejects;

	/**
	 * Creates an exception for one broken rule.
	 * @param rule the rule
	 * @param column the column at fault, or {@code null}
	 * @param message what is wrong
	 * @param value the value, or {@code null} where it identifies a person
	 */
	public RowRejectedException(Rule rule, @org.jspecify.annotations.Nullable String column, String message,
			@org.jspecify.annotations.Nullable String value) {
		super(rule.code() + ": " + message, null, false, false);
		this.rejects = List.of(new Reject("", "", 0, column, rule.code(), message, value));
	}

	RowRejectedException(List<Reject> rejects) {
		super(rejects.get(0).rule() + ": " + rejects.get(0).message(), null, false, false);
		this.rejects = rejects;
	}

	/**
	 * The broken rules, without feed, file or line.
	 * @return the rejects
	 */
	public List<Reject> rejects() {
		return this.rejects;
	}

}
