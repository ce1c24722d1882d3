package org.carewarehouse.nightly;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The options of {@code status}.
 */
@Command(name = "status",
		description = "Print the last nightly runs from the published run history; never waits for a live run.")
public final class StatusOptions {

	@Option(names = "--last", paramLabel = "N", description = "How many runs, newest first (default 10).")
	private int last = 10;

	public int last() {
		return this.last;
	}

}
