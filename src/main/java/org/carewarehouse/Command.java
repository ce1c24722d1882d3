package org.carewarehouse;

/**
 * A command of the care-warehouse command line, such as {@code nightly} or
 * {@code generate}; its options are a picocli-annotated class listed in {@link Commands}.
 *
 * @param <O> the command's options
 */
public interface Command<O> {

	/** Exit code: the command did what was asked. */
	int OK = 0;

	/** Exit code: the job ran and failed; the log and {@code load_runs} say why. */
	int FAILED = 1;

	/** Exit code: the arguments or settings are wrong; nothing was done. */
	int USAGE = 2;

	/** Exit code: refused, because the business date has already been loaded. */
	int ALREADY_LOADED = 3;

	/** Exit code: refused, because another run holds the warehouse. */
	int ALREADY_RUNNING = 4;

	/**
	 * Exit code: published, but some source files were refused as a whole; see
	 * {@code rejects}.
	 */
	int FILES_REFUSED = 5;

	/**
	 * The class of the command's options, as listed in {@link Commands}.
	 * @return the options class
	 */
	Class<O> options();

	/**
	 * Runs the command.
	 * @param options the parsed options
	 * @return the process exit code
	 * @throws Exception if the command fails unexpectedly
	 */
	int run(O options) throws Exception;

}
