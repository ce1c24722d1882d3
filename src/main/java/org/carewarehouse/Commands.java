package org.carewarehouse;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.carewarehouse.nightly.NightlyOptions;
import org.carewarehouse.nightly.StatusOptions;
import org.carewarehouse.reports.ReportOptions;
import org.carewarehouse.warehouse.DictionaryOptions;
import org.carewarehouse.warehouse.ExportOptions;
import org.carewarehouse.warehouse.QueryOptions;
import org.carewarehouse.warehouse.RelocateOptions;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The command line: every command and its options. Anything it does not know is refused
 * with the usage and exit code 2 before anything runs; {@code --help} prints the usage
 * and exits 0. Spring settings ({@code --care.sources=DIR},
 * {@code --spring.config.additional-location=...}, {@code --logging.level.x=DEBUG}) pass
 * through to Spring.
 */
@CommandLine.Command(name = "care-warehouse", synopsisSubcommandLabel = "<command>",
		description = "The nightly load and the warehouse of a council's social care extracts.",
		subcommands = { NightlyOptions.class, StatusOptions.class, QueryOptions.class, ExportOptions.class,
				DictionaryOptions.class, ReportOptions.class, RelocateOptions.class },
		footer = { "", "Spring settings may follow as --care.x=..., --spring.x=... or --logging.x=..." })
public final class Commands {

	/**
	 * What the JVM makes of a command line's bytes that its encoding (from LANG) cannot
	 * read: under cron's empty environment, {@code é} in a query's literal becomes two of
	 * these, and the query silently matches nothing.
	 */
	private static final char UNREADABLE = '\uFFFD';

	/** A setting for Spring, not an option of a command. */
	private static final Pattern SETTING = Pattern.compile("--(care|spring|logging)\\.[^=\\s]+=.*", Pattern.DOTALL);

	/**
	 * The tools jar's commands by name: offered where that jar is on the class path,
	 * since the application's jar leaves the sample generator and the benchmark out.
	 */
	private static final List<Map.Entry<String, String>> TOOLS = List.of(
			Map.entry("generate", "org.carewarehouse.sampledata.GenerateOptions"),
			Map.entry("bench", "org.carewarehouse.bench.BenchOptions"));

	@Option(names = { "-h", "--help" }, usageHelp = true, scope = ScopeType.INHERIT,
			description = "Print this usage and exit without doing anything.")
	private boolean help;

	private Commands() {
	}

	/**
	 * Parses a command line.
	 * @param args the arguments as the process received them
	 * @param out where help goes
	 * @param err where refusals go
	 * @return the parsed command line
	 */
	public static Parsed parse(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine line = new CommandLine(new Commands());
		List<String> missing = new ArrayList<>();
		for (Map.Entry<String, String> tool : TOOLS) {
			try {
				line.addSubcommand(Class.forName(tool.getValue()));
			}
			catch (ClassNotFoundException ex) {
				missing.add(tool.getKey());
			}
		}
		for (String arg : args) {
			if (arg.indexOf(UNREADABLE) >= 0) {
				err.println("refused: an argument holds characters the command line's encoding ("
						+ System.getProperty("sun.jnu.encoding") + ") cannot read, so they arrived as U+FFFD: run with "
						+ "LANG=C.UTF-8 (cron and systemd start with no LANG), or pass the SQL with --file or on stdin");
				err.flush();
				return new Parsed(null, Command.USAGE);
			}
		}
		String named = commandName(args);
		if (missing.contains(named)) {
			err.println(named + " is a command of the tools jar, which this jar leaves out: run java "
					+ "-Dloader.path=target/care-warehouse-tools.jar -jar target/care-warehouse.jar " + named);
			err.flush();
			return new Parsed(null, Command.USAGE);
		}
		// a query may start with a -- comment
		line.getSubcommands().get("query").setUnmatchedOptionsArePositionalParams(true);
		try {
			ParseResult result = line.parseArgs(commandArguments(args));
			CommandLine asked = helpAsked(result);
			if (asked != null) {
				asked.usage(out);
				out.flush();
				return new Parsed(null, Command.OK);
			}
			if (!result.hasSubcommand()) {
				err.println("Name a command.");
				line.usage(err);
				err.flush();
				return new Parsed(null, Command.USAGE);
			}
			return new Parsed(result.subcommand().commandSpec().userObject(), null);
		}
		catch (ParameterException ex) {
			err.println(ex.getMessage());
			ex.getCommandLine().usage(err);
			err.flush();
			return new Parsed(null, Command.USAGE);
		}
	}

	private static @Nullable CommandLine helpAsked(ParseResult result) {
		for (ParseResult level = result; level != null; level = level.subcommand()) {
			if (level.isUsageHelpRequested()) {
				return level.commandSpec().commandLine();
			}
		}
		return null;
	}

	/** The first argument that is neither an option nor a Spring setting. */
	private static @Nullable String commandName(String[] args) {
		for (String arg : commandArguments(args)) {
			if (!arg.startsWith("-")) {
				return arg;
			}
		}
		return null;
	}

	private static String[] commandArguments(String[] args) {
		List<String> kept = new ArrayList<>();
		for (String arg : args) {
			if (!SETTING.matcher(arg).matches()) {
				kept.add(arg);
			}
		}
		return kept.toArray(String[]::new);
	}

	/**
	 * A parsed command line: the options of the command to run, or the exit code of a
	 * command line that was answered (help) or refused.
	 *
	 * @param options the command's options, or {@code null}
	 * @param exitCode the exit code when nothing is to run, or {@code null}
	 */
	public record Parsed(@Nullable Object options, @Nullable Integer exitCode) {

	}

}
