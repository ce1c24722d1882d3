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

	/** Every file rule, for the rule catalogue. */
	public static final List<Rule> ALL = List.of(UNREADABLE, DUPLICATE);

	private FileRule() {
	}

}
