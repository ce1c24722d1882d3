package org.carewarehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line as an operator meets it, each command in a process of its own started
 * in an empty folder: help and refusals leave that folder as they found it.
 */
class CommandLineIntegrationTests {

	@TempDir
	Path home;

	@Test
	void nightlyHelpPrintsTheUsageAndLoadsNothing() throws Exception {
		assertThat(application("nightly", "--help")).isEqualTo(Command.OK);

		assertThat(log()).contains("Usage: care-warehouse nightly", "--as-of");
		assertThat(filesIn(this.home)).containsExactly("out.log");
	}

	@Test
	void dictionaryHelpLeavesTheDictionaryAlone() throws Exception {
		Path dictionary = Files.createDirectories(this.home.resolve("warehouse")).resolve("dictionary.md");
		Files.writeString(dictionary, "as it was");

		assertThat(application("dictionary", "--help")).isEqualTo(Command.OK);

		assertThat(Files.readString(dictionary)).isEqualTo("as it was");
	}

	@Test
	void aMistypedOptionIsRefusedBeforeAnythingRuns() throws Exception {
		assertThat(application("nightly", "--asof=2024-03-31")).isEqualTo(Command.USAGE);

		assertThat(log()).contains("Unknown option: '--asof=2024-03-31'", "Usage: care-warehouse nightly");
		assertThat(filesIn(this.home)).containsExactly("out.log");
	}

	@Test
	void aSourcesFolderHoldingNoFeedIsRefused() throws Exception {
		Path typo = Files.createDirectories(this.home.resolve("sampel-data"));

		assertThat(application("nightly", "--as-of=2024-03-31", "--sources=" + typo)).isEqualTo(Command.USAGE);

		assertThat(log()).contains("The sources folder " + typo + " holds none of the source system folders");
		assertThat(this.home.resolve("warehouse/data/care.duckdb")).doesNotExist();
	}

	@Test
	void realExtractsWithNoPseudonymisationKeyAreRefused() throws Exception {
		Path extracts = Files.createDirectories(this.home.resolve("extracts/case-management"));
		ProcessBuilder noKey = process("nightly", "--as-of=2024-03-31", "--sources=" + extracts.getParent());
		noKey.command().removeIf((argument) -> argument.startsWith("--care.pseudonymisation.key="));
		noKey.environment().remove("CARE_PSEUDONYMISATION_KEY");

		assertThat(finish(noKey.redirectErrorStream(true).redirectOutput(this.home.resolve("out.log").toFile())))
			.isEqualTo(Command.USAGE);

		assertThat(log()).contains("No pseudonymisation key is configured for the sources folder "
				+ extracts.getParent() + ": set CARE_PSEUDONYMISATION_KEY");
		assertThat(this.home.resolve("warehouse/data/pseudonymisation.key")).doesNotExist();
		assertThat(this.home.resolve("warehouse/data/care.duckdb")).doesNotExist();
	}

	/**
	 * A night dated ahead would stay the published one, and every real night after it
	 * would load and not be published.
	 */
	@Test
	void aBusinessDateAfterTodayIsRefused() throws Exception {
		LocalDate tomorrow = LocalDate.now().plusDays(1);
		assertThat(
				application("nightly", "--as-of=" + tomorrow, "--sources=" + Path.of("sample-data").toAbsolutePath()))
			.isEqualTo(Command.USAGE);

		assertThat(log()).contains("The business date " + tomorrow + " is after today");
		assertThat(filesIn(this.home)).containsExactly("out.log");
	}

	/**
	 * A file where the warehouse root should be had failed the night with a stack trace
	 * and exit code 1, which the schedule examples retry.
	 */
	@Test
	void aFileGivenAsTheWarehouseRootIsRefused() throws Exception {
		Path root = Files.createDirectories(this.home.resolve("warehouse")).resolve("data");
		Files.writeString(root, "not a folder");

		assertThat(application("nightly", "--as-of=2024-03-31", "--sources=" + Path.of("sample-data").toAbsolutePath()))
			.isEqualTo(Command.USAGE);

		assertThat(log())
			.contains("The warehouse root " + root + " is a file, not a folder; check care.warehouse.root");
		assertThat(filesIn(this.home)).containsExactlyInAnyOrder("out.log", "warehouse", "warehouse/data");
	}

	@Test
	void aMistypedRequiredFeedIsRefused() throws Exception {
		assertThat(application("nightly", "--as-of=2024-03-31", "--sources=" + Path.of("sample-data").toAbsolutePath(),
				"--care.feeds.required=adult-services,finance-ledgr"))
			.isEqualTo(Command.USAGE);

		assertThat(log()).contains("care.feeds.required names 'finance-ledgr', which is not a feed");
		assertThat(this.home.resolve("warehouse/data/care.duckdb")).doesNotExist();
	}

	/**
	 * Blocks of 0 rows loaded nothing from every file and published an empty warehouse
	 * with exit code 0; a value that cannot be read was exit code 1, which the schedule
	 * examples retry.
	 */
	@Test
	void aSettingOutOfRangeOrMalformedIsRefusedBeforeAnythingRuns() throws Exception {
		String sources = "--sources=" + Path.of("sample-data").toAbsolutePath();
		assertThat(application("nightly", "--as-of=2024-03-31", sources, "--care.feeds.block-rows=0"))
			.isEqualTo(Command.USAGE);
		assertThat(log()).contains("care.feeds.block-rows must be from 1 to 100000, not 0");
		assertThat(filesIn(this.home)).containsExactly("out.log");

		assertThat(application("nightly", "--as-of=2024-03-31", sources, "--care.warehouse.duckdb-memory-limit=2 gigs"))
			.isEqualTo(Command.USAGE);
		assertThat(log()).contains("care.warehouse.duckdb-memory-limit must be an amount such as 2GB, 512MB or 50%");
		assertThat(filesIn(this.home)).containsExactly("out.log");

		assertThat(application("nightly", "--as-of=2024-03-31", sources, "--care.feeds.threads=two"))
			.isEqualTo(Command.USAGE);
		assertThat(log()).contains("care.feeds.threads");
		assertThat(filesIn(this.home)).containsExactly("out.log");
	}

	@Test
	void eachRefusedFileIsNamedOnceAndTheNightExitsFive() throws Exception {
		Path fixture = Path.of("target/test-classes/fixtures/services/refused").toAbsolutePath();
		assertThat(applicationApart("nightly", "--as-of=2024-03-31", "--sources=" + fixture))
			.isEqualTo(Command.FILES_REFUSED);

		List<String> refused = Files.readAllLines(this.home.resolve("err.log"))
			.stream()
			.filter((line) -> line.startsWith("refused: "))
			.toList();
		assertThat(refused).isNotEmpty().doesNotHaveDuplicates();
	}

	/**
	 * The job repository swapped under a warehouse (a new database, a deleted H2 folder):
	 * its ids start again at 1, so its first night would write into the published run's
	 * folder, run-1.
	 */
	@Test
	void aWarehouseBuiltWithAnotherJobRepositoryIsRefusedAndLeftAsItWas() throws Exception {
		Path fixture = Path.of("target/test-classes/fixtures/finance/good").toAbsolutePath();
		assertThat(application("nightly", "--as-of=2024-03-31", "--sources=" + fixture)).isEqualTo(Command.OK);
		Path data = this.home.resolve("warehouse/data");
		List<String> before = contents(data.resolve("runs"), data.resolve("history"));

		assertThat(application("nightly", "--as-of=2024-03-31", "--rerun", "--sources=" + fixture,
				"--spring.datasource.url=jdbc:h2:file:" + this.home.resolve("other-repository/batch")))
			.isEqualTo(Command.USAGE);

		assertThat(log()).contains("was built with another job repository: its published run",
				"runs/2024-03-31/run-1 is not one this job repository ran");
		assertThat(contents(data.resolve("runs"), data.resolve("history"))).isEqualTo(before);
	}

	/**
	 * A night run with another key than the published warehouse was built with (a
	 * scheduler's environment setting another secret than the shell's) would give every
	 * person a new key beside rows kept with the old one.
	 */
	@Test
	void aNightWithAnotherPseudonymisationKeyIsRefusedAndLeftAsItWas() throws Exception {
		Path fixture = Path.of("target/test-classes/fixtures/finance/good").toAbsolutePath();
		assertThat(application("nightly", "--as-of=2024-03-31", "--sources=" + fixture)).isEqualTo(Command.OK);
		Path data = this.home.resolve("warehouse/data");
		assertThat(data.resolve("runs/KEY-CHECK")).content().hasSize(65).doesNotContain("command-line-tests");
		List<String> before = contents(data.resolve("runs"), data.resolve("history"));

		ProcessBuilder otherKey = process("nightly", "--as-of=2024-03-31", "--rerun", "--sources=" + fixture);
		otherKey.command().removeIf((argument) -> argument.startsWith("--care.pseudonymisation.key="));
		otherKey.command().add("--care.pseudonymisation.key=another-key-for-command-line-tests-0123456789");
		assertThat(finish(otherKey.redirectErrorStream(true).redirectOutput(this.home.resolve("out.log").toFile())))
			.isEqualTo(Command.USAGE);

		assertThat(log()).contains("The pseudonymisation key is not the one this warehouse's person keys were made "
				+ "with (its check is "
				+ data.resolve("runs/KEY-CHECK").toUri().toString().replace("file:///", "file:/"));
		assertThat(contents(data.resolve("runs"), data.resolve("history"))).isEqualTo(before);
		assertThat(application("nightly", "--as-of=2024-03-31", "--rerun", "--sources=" + fixture))
			.isEqualTo(Command.OK);
	}

	/** Every file under the folders, with its size and last change. */
	private static List<String> contents(Path... folders) throws IOException {
		List<String> files = new java.util.ArrayList<>();
		for (Path folder : folders) {
			try (Stream<Path> walk = Files.walk(folder)) {
				for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
					files.add(file + " " + Files.size(file) + " " + Files.getLastModifiedTime(file));
				}
			}
		}
		return files;
	}

	@Test
	void queryRefusesAnythingButASelect() throws Exception {
		Path data = Files.createDirectories(this.home.resolve("warehouse/data/runs"));
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + data.resolveSibling("care.duckdb"));
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE VIEW services AS SELECT 'E08000014' AS council");
		}

		assertThat(application("query", "COPY services TO '" + data.resolve("fake.csv") + "'"))
			.isEqualTo(Command.USAGE);

		assertThat(log()).contains("refused: query runs exactly one SELECT statement");
		assertThat(data.resolve("fake.csv")).doesNotExist();
		assertThat(application("query", "--format=tsv", "SELECT council FROM services")).isEqualTo(Command.OK);
		assertThat(log()).contains("council\nE08000014");
	}

	/**
	 * Pointed at a folder with no warehouse, the commands that read one failed with exit
	 * 1, which the schedule examples retry, and report with a stack trace.
	 */
	@Test
	void theReadingCommandsRefuseAWarehouseThatIsNotThere() throws Exception {
		String root = "--care.warehouse.root=" + this.home.resolve("no-warehouse");
		for (List<String> command : List.of(List.of("query", "SELECT 1"), List.of("status"), List.of("report"),
				List.of("export", "--to=" + this.home.resolve("published")))) {
			List<String> arguments = new java.util.ArrayList<>(command);
			arguments.add(root);
			assertThat(application(arguments.toArray(String[]::new))).as(command.get(0)).isEqualTo(Command.USAGE);
			assertThat(log()).as(command.get(0))
				.contains("refused: no catalog at " + this.home.resolve("no-warehouse/care.duckdb")
						+ ": nothing is published there yet (run nightly first)")
				.doesNotContain("\tat ");
		}
		assertThat(this.home.resolve("published")).doesNotExist();
	}

	@Test
	void aFileOrFolderThatIsNotThereIsNamedInOneLineAndRefused() throws Exception {
		publishACatalog();
		Path script = this.home.resolve("queries/checks.sql");

		assertThat(application("query", "--file=" + script)).isEqualTo(Command.USAGE);

		assertThat(log()).contains("refused: cannot use " + script.getParent() + ": no such folder")
			.doesNotContain("Exception", "\tat ");
		Files.createDirectories(script.getParent());
		assertThat(application("query", "--file=" + script)).isEqualTo(Command.USAGE);
		assertThat(log()).contains("refused: cannot use " + script + ": no such file or folder");
		Path out = this.home.resolve("no-such-folder/services.csv");
		assertThat(application("query", "--format=csv", "--out=" + out, "SELECT council FROM services"))
			.isEqualTo(Command.USAGE);
		assertThat(log()).contains("refused: cannot use " + out.getParent() + ": no such folder")
			.doesNotContain("Exception", "\tat ");
	}

	private static final String SCRIPT = "-- leading comment\nSELECT council FROM services; SELECT 2 AS two";

	private void publishACatalog() throws Exception {
		Path data = Files.createDirectories(this.home.resolve("warehouse/data/runs"));
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + data.resolveSibling("care.duckdb"));
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE VIEW services AS SELECT 'E08000014' AS council");
		}
	}

	@Test
	void stdoutHoldsOnlyTheResultsWhenSpringLogs() throws Exception {
		publishACatalog();
		assertThat(applicationApart("query", "--format=csv", SCRIPT, "--logging.level.org.springframework.boot=INFO"))
			.isEqualTo(Command.OK);

		assertThat(Files.readString(this.home.resolve("out.log"))).isEqualTo("council\nE08000014\ntwo\n2\n");
		assertThat(Files.readString(this.home.resolve("err.log"))).contains("Starting CareWarehouseApplication");
	}

	@Test
	void structuredLogsAreJsonLinesOnStderr() throws Exception {
		publishACatalog();
		assertThat(applicationApart("query", "--format=tsv", SCRIPT, "--logging.level.org.springframework.boot=INFO",
				"--logging.structured.format.console=ecs"))
			.isEqualTo(Command.OK);

		assertThat(Files.readString(this.home.resolve("out.log"))).isEqualTo("council\nE08000014\ntwo\n2\n");
		List<String> lines = Files.readAllLines(this.home.resolve("err.log"));
		assertThat(lines).filteredOn((line) -> line.contains("Starting CareWarehouseApplication"))
			.singleElement()
			.satisfies((line) -> assertThat(line).startsWith("{\"@timestamp\":\"")
				.contains("\"log\":{\"level\":\"INFO\"", "\"ecs\":{\"version\":\"8.11\"}")
				.endsWith("}"));
	}

	private int application(String... arguments) throws Exception {
		return finish(
				process(arguments).redirectErrorStream(true).redirectOutput(this.home.resolve("out.log").toFile()));
	}

	/** Runs the application with stdout in out.log and stderr in err.log. */
	private int applicationApart(String... arguments) throws Exception {
		return finish(process(arguments).redirectOutput(this.home.resolve("out.log").toFile())
			.redirectError(this.home.resolve("err.log").toFile()));
	}

	private ProcessBuilder process(String... arguments) {
		List<String> command = TestJvm.command(CareWarehouseApplication.class, arguments);
		command.add("--care.pseudonymisation.key=command-line-tests-only-key-0123456789");
		return new ProcessBuilder(command).directory(this.home.toFile());
	}

	private static int finish(ProcessBuilder builder) throws Exception {
		Process process = builder.start();
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		return process.exitValue();
	}

	private String log() throws IOException {
		return Files.readString(this.home.resolve("out.log"));
	}

	private static List<String> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter((f) -> !f.equals(folder)).map((f) -> folder.relativize(f).toString()).toList();
		}
	}

}
