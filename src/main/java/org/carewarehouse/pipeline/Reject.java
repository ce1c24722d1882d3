package org.carewarehouse.pipeline;

import org.jspecify.annotations.Nullable;

/**
 * One broken rule on one row of one source file, as stored in the rejects table.
 *
 * @param feed the feed the file belongs to
 * @param sourceFile the file's name
 * @param sourceLine the line number in the file (1 is the header; 0 for the file as a
 * whole)
 * @param column the column at fault, or {@code null} for the row or file as a whole
 * @param rule the rule code
 * @param message what is wrong
 * @param value the offending value, masked ({@link RejectedValue}) where it would
 * identify a person, or {@code null}
 * @param severity {@code ERROR}: the row was not loaded; {@code WARNING}: the row was
 * loaded (as sent, or corrected as the message says) and is not counted as rejected
 * @param recordKey the row's own key in the source system (the contract's
 * {@code recordKey} column), or {@code null}
 */
public record Reject(String feed, String sourceFile, long sourceLine, @Nullable String column, String rule,
		String message, @Nullable String value, Severity severity, @Nullable String recordKey) {

	/**
	 * A broken rule on a row whose key is not known here.
	 * @param feed the feed the file belongs to
	 * @param sourceFile the file's name
	 * @param sourceLine the line number in the file
	 * @param column the column at fault, or {@code null}
	 * @param rule the rule code
	 * @param message what is wrong
	 * @param value the offending value, or {@code null}
	 * @param severity whether the row was loaded
	 */
	public Reject(String feed, String sourceFile, long sourceLine, @Nullable String column, String rule, String message,
			@Nullable String value, Severity severity) {
		this(feed, sourceFile, sourceLine, column, rule, message, value, severity, null);
	}

	/**
	 * A file refused as a whole: no column, no value, an error.
	 * @param feed the feed the file belongs to
	 * @param sourceFile the file's name
	 * @param sourceLine the line at fault, 0 for the file as a whole
	 * @param rule the file rule broken
	 * @param message why the file is refused
	 * @return the reject
	 */
	public static Reject refusal(String feed, String sourceFile, long sourceLine, Rule rule, String message) {
		return new Reject(feed, sourceFile, sourceLine, null, rule.code(), message, null);
	}

	/** Whether the row was kept out of the warehouse or loaded all the same. */
	public enum Severity {

		/** The row was not loaded. */
		ERROR,

		/** The row was loaded; it counts as loaded, not rejected. */
		WARNING;

		/**
		 * The value stored in the rejects table.
		 * @return {@code error} or {@code warning}
		 */
		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * A broken rule that kept the row out of the warehouse.
	 * @param feed the feed the file belongs to
	 * @param sourceFile the file's name
	 * @param sourceLine the line number in the file
	 * @param column the column at fault, or {@code null}
	 * @param rule the rule code
	 * @param message what is wrong
	 * @param value the offending value, or {@code null}
	 */
	public Reject(String feed, String sourceFile, long sourceLine, @Nullable String column, String rule, String message,
			@Nullable String value) {
		this(feed, sourceFile, sourceLine, column, rule, message, value, Severity.ERROR);
	}

	/**
	 * Labels the reject with its feed and file.
	 * @param feed the feed
	 * @param sourceFile the file name
	 * @return a copy carrying both
	 */
	public Reject in(String feed, String sourceFile) {
		return new Reject(feed, sourceFile, this.sourceLine, this.column, this.rule, this.message, this.value,
				this.severity, this.recordKey);
	}

}
