package org.carewarehouse.pipeline;

import org.jspecify.annotations.Nullable;

/**
 * One broken rule on one row of one source file, as stored in the rejects table.
 *
 * @param feed the feed the file belongs to
 * @param sourceFile the file's name
 * @param line the line number in the file (1 is the header; 0 for the file as a whole)
 * @param column the column at fault, or {@code null} for the row or file as a whole
 * @param rule the rule code
 * @param message what is wrong
 * @param value the offending value, or {@code null} where it identifies a person
 */
public record Reject(String feed, String sourceFile, long line, @Nullable String column, String rule, String message,
		@Nullable String value) {

	/**
	 * Labels the reject with its feed and file.
	 * @param feed the feed
	 * @param sourceFile the file name
	 * @return a copy carrying both
	 */
	public Reject in(String feed, String sourceFile) {
		return new Reject(feed, sourceFile, this.line, this.column, this.rule, this.message, this.value);
	}

}
