package org.carewarehouse.pipeline;

import static org.carewarehouse.pipeline.ColumnType.INTEGER;
import static org.carewarehouse.pipeline.ColumnType.STRING;

/**
 * The {@code rejects} table: every rule a source row or file broke, partitioned by feed.
 */
public final class RejectTable {

	/** The table declaration. */
	public static final Table<Reject> TABLE = Table
		.<Reject>named("rejects", "One broken rule on one row (or whole file) of a source extract")
		.partition("feed", "The feed the file belongs to", Reject::feed)
		.required("source_file", STRING, "The extract's file name", Reject::sourceFile)
		.required("source_line", INTEGER, "Line of the extract (1 is the header, 0 is the file as a whole)",
				Reject::sourceLine)
		.optional("column_name", STRING, "The column at fault", Reject::column)
		.required("rule", STRING, "Stable rule code; see the rule catalogue", Reject::rule)
		.required("message", STRING, "What is wrong", Reject::message)
		.optional("value", STRING,
				"The offending value; where it would identify a person, only its shape (letters A, digits #)",
				Reject::value)
		.required("severity", STRING,
				"error: the row was not loaded; warning: the row was loaded (as sent, or corrected as the message "
						+ "says) and counts as loaded, not rejected",
				(reject) -> reject.severity().label())
		.optional("record_key", STRING,
				"The row's own key in the source system (the contract's recordKey column: an event, commitment, "
						+ "payment or cost centre reference), so that the data owner can find the row; null where "
						+ "the contract names none or the row holds none",
				Reject::recordKey)
		.build();

	private RejectTable() {
	}

}
