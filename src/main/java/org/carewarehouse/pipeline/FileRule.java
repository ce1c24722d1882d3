package org.carewarehouse.pipeline;

import java.util.List;

/**
 * Rules about a source file as a whole; a file that breaks one is refused and its feed's
 * other files still load.
 */
public final class FileRule {

	public static final Rule UNREADABLE = new Rule("CW010",
			"The file cannot be read against its contract (empty, header only, wrong delimiter or encoding, "
					+ "a required column missing or repeated)");

	public static final Rule DUPLICATE = new Rule("CW011",
			"The file is a byte-for-byte copy of another file of the same feed");

	public static final Rule DAMAGED = new Rule("CW016",
			"The file is damaged: a compressed file that is corrupt or cut short, a file that ends part-way "
					+ "through a row or a quoted value, or a quote never closed; fix or resend it and it loads on the "
					+ "next run");

	public static final Rule OPTIONAL_COLUMN_MISSING = new Rule("CW017",
			"Warning: an optional column of the contract is missing from the file (renamed or dropped?); the file "
					+ "loads with the column blank in every row");

	public static final Rule TOO_MANY_REJECTED = new Rule("CW018",
			"Too many of the file's rows broke a rule (more than care.feeds.max-rejected-percent of a file of at "
					+ "least care.feeds.reject-check-min-rows rows): the file is refused and none of its rows load; "
					+ "its row-level rejects say why");

	public static final Rule ROW_COUNT_DROP = new Rule("CW019",
			"The file holds far fewer rows than on recent nights (under care.feeds.min-rows-percent-of-recent of the "
					+ "median rows read from the same file name over the last care.feeds.recent-nights completed "
					+ "runs): the file is refused and none of its rows load");

	public static final Rule KEPT_PREVIOUS = new Rule("CW020",
			"Warning: the file was refused as a whole, so the rows last loaded from it (in the run published "
					+ "before tonight's, named in the message) are kept in its place; the message says how many, "
					+ "or why none were kept");

	public static final Rule CHANGED = new Rule("CW023",
			"The file changed while it was read (its size or time of change differs at its end from when it was "
					+ "opened): it was still being written, so what was read may be part of it; none of its rows "
					+ "load, and it loads on the next run");

	/** Every file rule, for the rule catalogue. */
	public static final List<Rule> ALL = List.of(UNREADABLE, DUPLICATE, DAMAGED, OPTIONAL_COLUMN_MISSING,
			TOO_MANY_REJECTED, ROW_COUNT_DROP, KEPT_PREVIOUS, CHANGED);

	private FileRule() {
	}

}
