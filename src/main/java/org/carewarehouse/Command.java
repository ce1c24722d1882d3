package org.carewarehouse;

import org.springframework.boot.ApplicationArguments;

/**
 * A command of the care-warehouse command line, such as {@code nightly} or
 * {@code generate}.
 */
public interface Command {

	/** Exit code: the command did what was asked. */
	int OK = 0;

	/** Exit code: the job ran and failed; the log and {@code load_runs} say why. */
	int FAILED = 1;

	/** Exit code: the arguments are wrong. */
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
	 * The word that selects the command.
	 * @return the command name
	 */
	String name();

	/**
	 * One line of usage for the help text.
	 * @return the usage line
	 */
	String usage();

	/**
	 * Runs the command.
	 * @param arguments the command line
	 * @return the process exit code
	 * @throws Exception if the command fails unexpectedly
	 */
	int run(ApplicationArguments arguments) throws Exception;

	/**
	 * The value of a {@code --name=value} option.
	 * @param arguments the command line
	 * @param name the option's name
	 * @param fallback the value when the option is absent
	 * @return the value
	 */
	static String option(ApplicationArguments arguments, String name, String fallback) {
		java.util.List<String> values = arguments.getOptionValues(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : fallback;
	}

}
