package org.carewarehouse.nightly;

import java.nio.file.Path;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The options of {@code nightly}.
 */
@Command(name = "nightly", description = "Load a business date from the sources folder and publish the warehouse.")
public final class NightlyOptions {

	@Option(names = "--as-of", paramLabel = "yyyy-MM-dd", description = "The business date (default yesterday).")
	private @Nullable LocalDate asOf;

	@Option(names = "--rerun", description = "Replace a date already loaded with a fresh load.")
	private boolean rerun;

	@Option(names = "--sources", paramLabel = "DIR",
			description = "The folder of source system folders (default the care.sources setting).")
	private @Nullable Path sources;

	/**
	 * Parses {@code nightly}'s options, for callers other than the command line.
	 * @param args the options, e.g. {@code --as-of=2024-03-31}
	 * @return the options
	 * @throws CommandLine.ParameterException if an option is unknown or malformed
	 */
	public static NightlyOptions parse(String... args) {
		return CommandLine.populateCommand(new NightlyOptions(), args);
	}

	/**
	 * The business date.
	 * @return the date given, or yesterday
	 */
	public LocalDate asOf() {
		return (this.asOf != null) ? this.asOf : LocalDate.now().minusDays(1);
	}

	public boolean rerun() {
		return this.rerun;
	}

	public @Nullable Path sources() {
		return this.sources;
	}

}
