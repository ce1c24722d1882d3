package org.carewarehouse;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.carewarehouse.nightly.NightlyRuns;
import org.carewarehouse.nightly.Warehouse;
import org.carewarehouse.privacy.IdentifierSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Runs the README's commands as a user would, so that the README cannot rot: the first
 * loads the sample data, the second is what CI runs.
 */
class ReadmeCommandsIntegrationTests {

	private static final Pattern SHELL_BLOCK = Pattern.compile("```sh\\n(.*?)\\n```", Pattern.DOTALL);

	private static final Pattern SQL_BLOCK = Pattern.compile("```sql\\n(.*?)\\n```", Pattern.DOTALL);

	private static final String JAR = "java -jar target/care-warehouse.jar ";

	@Test
	void ciRunsTheReadmeTestCommand() throws IOException {
		List<String> blocks = shellBlocks();
		assertThat(blocks.get(1)).isEqualTo("./mvnw -B verify");
		assertThat(Files.readString(Path.of(".ci/run"))).contains("\n" + blocks.get(1) + "\n");
	}

	@Test
	void firstCommandLoadsTheSampleDataIntoAQueryableWarehouse(@TempDir Path home) throws Exception {
		String first = shellBlocks().get(0);
		assertThat(first).startsWith("./mvnw -q package -DskipTests && " + JAR);
		List<String> arguments = new ArrayList<>(
				Arrays.asList(first.substring(first.indexOf(JAR) + JAR.length()).split(" ")));
		Path catalog = home.resolve("data/care.duckdb");
		arguments.addAll(List.of("--care.warehouse.root=" + home.resolve("data"), "--care.warehouse.catalog=" + catalog,
				"--care.pseudonymisation.key-file=" + home.resolve("key"),
				"--spring.datasource.url=jdbc:h2:file:" + home.resolve("jobrepo/batch")));

		assertThat(application(arguments, home.resolve("nightly.log"))).as("exit code").isEqualTo(0);
		Warehouse warehouse = NightlyRuns.catalogIn(home);

		long extractRows = extractRows(Path.of("sample-data/case-management"));
		assertThat(warehouse.count("SELECT count(*) FROM services")).isEqualTo(extractRows - warehouse
			.count("SELECT count(DISTINCT (source_file, source_line)) FROM rejects WHERE severity = 'error'"));
		assertThat(warehouse.count("SELECT count(*) FROM rejects WHERE source_line > 1")).isPositive();
		assertThat(warehouse.count("SELECT count(DISTINCT council) FROM services")).isGreaterThanOrEqualTo(8);
		assertNoIdentifierIn(home, Path.of("sample-data/case-management/services-E08000014-2023-24.csv.gz"));
		String ages = "SELECT sum(population)::BIGINT FROM population_by_council WHERE council = '%s' AND mid_year = %d "
				+ "AND age BETWEEN %d AND %d";
		assertThat(warehouse.count(ages.formatted("E08000014", 2017, 18, 64))).isEqualTo(157_400);
		assertThat(warehouse.count(ages.formatted("E08000014", 2017, 65, 79))).isEqualTo(46_517);
		assertThat(warehouse.count(ages.formatted("E08000014", 2017, 80, 89))).isEqualTo(17_617);
		assertThat(warehouse.count(ages.formatted("E08000014", 2017, 90, 90))).isEqualTo(3_300);
		assertThat(warehouse.count(ages.formatted("E06000049", 2020, 65, 90))).isEqualTo(89_500);
		List<String> settings = arguments.subList(arguments.size() - 4, arguments.size());
		for (String line : readerCommands()) {
			assertThat(reader(line, settings, home)).as(line).isZero();
		}
		for (String statement : sqlExamples()) {
			assertThatNoException().as(statement).isThrownBy(() -> warehouse.rows(statement));
		}
		assertThat(Files.readString(home.resolve("rejects.csv"))).startsWith("feed,rule,broken_rules\n");
		assertThat(warehouse.count("SELECT count(*) FROM '" + home.resolve("load_runs.parquet") + "'")).isPositive();
		assertThat(Files.readString(home.resolve("reader.log"))).contains("[\n{\"people\": ");
		assertThat(warehouse
			.count("SELECT count(*) FROM '" + home.resolve("published-figures/weekly_costs.parquet") + "'"))
			.isEqualTo(warehouse.count("SELECT count(*) FROM published.weekly_costs"));
		for (String view : List.of("services", "internal.service_events", "people", "rejects", "hospital_discharges")) {
			assertThat(warehouse.count("SELECT count(*) FROM (SELECT concat_ws('|', COLUMNS(*)) AS line FROM " + view
					+ ") WHERE regexp_matches(line, '(^|[^0-9a-f])999[0-9]{7}([^0-9a-f]|$)') "
					+ "OR regexp_matches(line, '(^|[^A-Z])[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}([^A-Z]|$)')"))
				.as("NHS numbers or full postcodes in " + view)
				.isZero();
		}
	}

	/**
	 * NHS numbers, council ids, names and full postcodes of a sample file's first rows.
	 */
	private static void assertNoIdentifierIn(Path home, Path sample) throws IOException {
		List<String> identifiers = new ArrayList<>();
		try (Reader reader = new InputStreamReader(new GZIPInputStream(Files.newInputStream(sample)),
				StandardCharsets.UTF_8)) {
			CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)
				.stream()
				.limit(50)
				.forEach((row) -> identifiers.addAll(List.of(row.get("NHS Number"),
						row.get("LA Person Unique Identifier"), row.get("First Name") + "," + row.get("Last Name"),
						row.get("Postcode"), row.get("Date of Birth"))));
		}
		IdentifierSearch.assertNoneIn(home, identifiers);
	}

	/**
	 * The README's {@code query}, {@code status} and {@code export} commands, piped input
	 * included.
	 */
	private static List<String> readerCommands() throws IOException {
		return shellBlocks().stream()
			.flatMap(String::lines)
			.filter((line) -> line.matches("(echo .* \\| )?" + Pattern.quote(JAR) + "(query|status|export) .*"))
			.toList();
	}

	private static int reader(String line, List<String> settings, Path home) throws Exception {
		Matcher piped = Pattern.compile("echo \"([^\"]*)\" \\| (.*)").matcher(line);
		String command = piped.matches() ? piped.group(2) : line;
		List<String> arguments = new ArrayList<>();
		Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(command.substring(JAR.length()));
		while (word.find()) {
			arguments.add((word.group(1) != null) ? word.group(1) : word.group(2));
		}
		arguments.addAll(settings);
		Process process = new ProcessBuilder(
				TestJvm.command(CareWarehouseApplication.class, arguments.toArray(String[]::new)))
			.directory(home.toFile())
			.redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("reader.log").toFile()))
			.redirectError(ProcessBuilder.Redirect.appendTo(home.resolve("reader-errors.log").toFile()))
			.start();
		process.getOutputStream()
			.write(piped.matches() ? piped.group(1).getBytes(StandardCharsets.UTF_8) : new byte[0]);
		process.getOutputStream().close();
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		return process.exitValue();
	}

	/**
	 * The README's first command in a JVM as the README starts it: the whole sample, so
	 * with the JIT compilers a user's run has, unlike the short runs of {@link TestJvm}.
	 */
	private static int application(List<String> arguments, Path log) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), CareWarehouseApplication.class.getName()));
		command.addAll(arguments);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
		if (process.exitValue() != 0) {
			System.err.println(Files.readString(log));
		}
		return process.exitValue();
	}

	private static long extractRows(Path folder) throws IOException {
		long rows = 0;
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().endsWith(".csv.gz")).toList()) {
				try (Reader reader = new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
						StandardCharsets.UTF_8)) {
					rows += CSVFormat.DEFAULT.parse(reader).stream().count() - 1;
				}
			}
		}
		return rows;
	}

	/**
	 * Every statement of the README's SQL examples, as printed; a block of comments alone
	 * (a model header shown as an example) has none.
	 */
	private static List<String> sqlExamples() throws IOException {
		Matcher blocks = SQL_BLOCK.matcher(Files.readString(Path.of("README.md")));
		List<String> statements = new ArrayList<>();
		while (blocks.find()) {
			for (String statement : blocks.group(1).split(";\\s*(\\n|$)")) {
				if (statement.lines().anyMatch((line) -> !line.isBlank() && !line.strip().startsWith("--"))) {
					statements.add(statement.strip());
				}
			}
		}
		assertThat(statements).hasSizeGreaterThan(10);
		return statements;
	}

	private static List<String> shellBlocks() throws IOException {
		Matcher blocks = SHELL_BLOCK.matcher(Files.readString(Path.of("README.md")));
		List<String> found = new ArrayList<>();
		while (blocks.find()) {
			found.add(blocks.group(1).strip());
		}
		return found;
	}

}
