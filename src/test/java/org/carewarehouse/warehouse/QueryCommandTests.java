package org.carewarehouse.warehouse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.carewarehouse.Command;
import org.carewarehouse.Commands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code query} command against a small published warehouse: where the SQL comes
 * from, several statements, and each output format.
 */
class QueryCommandTests {

	private static final String PEOPLE = "SELECT person, note, amount FROM people ORDER BY person";

	@TempDir
	Path root;

	private QueryCommand command;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private PrintStream stdout;

	private PrintStream stderr;

	private InputStream stdin;

	@BeforeEach
	void publishAWarehouse() throws Exception {
		Path runs = Files.createDirectories(this.root.resolve("runs/2024-03-31/run-1/people"));
		Files.createDirectories(this.root.resolve("history"));
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + this.root.resolve("care.duckdb"));
				Statement statement = connection.createStatement()) {
			statement.execute("COPY (SELECT * FROM (VALUES (1, 'null', 12.50::DECIMAL(18,2)), (2, NULL, NULL), "
					+ "(30, 'say \"hi\", then go', -3.00)) AS t(person, note, amount)) TO '"
					+ runs.resolve("part-1.parquet") + "' (FORMAT PARQUET)");
			statement.execute("CREATE VIEW people AS SELECT * FROM read_parquet('" + runs + "/*.parquet')");
		}
		this.command = new QueryCommand(new Catalog(new WarehouseProperties(this.root.toString(),
				this.root.resolve("care.duckdb"), 400, 4, BigDecimal.valueOf(2), "1GB", 1)));
		this.stdout = System.out;
		this.stderr = System.err;
		this.stdin = System.in;
		System.setOut(new PrintStream(this.out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restore() {
		System.setOut(this.stdout);
		System.setErr(this.stderr);
		System.setIn(this.stdin);
	}

	@Test
	void theDefaultIsAnAlignedTableWithNullEmptyAndTheStringNullAsNull() throws Exception {
		assertThat(query(PEOPLE)).isEqualTo(Command.OK);

		assertThat(printed()).isEqualTo("""
				person  note               amount
				------  -----------------  ------
				     1  null                12.50
				     2
				    30  say "hi", then go   -3.00
				""");
	}

	@Test
	void csvQuotesWhatNeedsItAndLeavesNullEmpty() throws Exception {
		assertThat(query(PEOPLE, "--format=csv")).isEqualTo(Command.OK);

		assertThat(printed())
			.isEqualTo("person,note,amount\n1,null,12.50\n2,,\n30,\"say \"\"hi\"\", then go\",-3.00\n");
	}

	/** Under cron, with no LANG, the JVM's stdout writes ASCII: £ and é came out as ?. */
	@Test
	void resultsAreUtf8WhateverTheEncodingOfStdout() throws Exception {
		System.setOut(new PrintStream(this.out, true, StandardCharsets.US_ASCII));

		assertThat(query("SELECT '£5 café' AS note", "--format=csv")).isEqualTo(Command.OK);

		assertThat(printed()).isEqualTo("note\n£5 café\n");
	}

	@Test
	void tsvIsTabSeparated() throws Exception {
		assertThat(query("SELECT person, amount FROM people WHERE person < 3 ORDER BY 1", "--format", "tsv"))
			.isEqualTo(Command.OK);

		assertThat(printed()).isEqualTo("person\tamount\n1\t12.50\n2\t\n");
	}

	@Test
	void jsonKeepsNullApartFromTheStringNull() throws Exception {
		assertThat(query(PEOPLE, "--format=json")).isEqualTo(Command.OK);

		assertThat(printed()).isEqualTo("""
				[
				{"person": 1, "note": "null", "amount": 12.50},
				{"person": 2, "note": null, "amount": null},
				{"person": 30, "note": "say \\"hi\\", then go", "amount": -3.00}
				]
				""");
	}

	@Test
	void parquetIsWrittenToTheOutFileAndNothingIsLeftInTheWarehouse(@TempDir Path elsewhere) throws Exception {
		Path file = elsewhere.resolve("people.parquet");

		assertThat(query(PEOPLE, "--format=parquet", "--out=" + file)).isEqualTo(Command.OK);

		assertThat(printed()).isEmpty();
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT count(*), count(note), sum(amount) FROM '" + file
						+ "' WHERE typeof(amount) = 'DECIMAL(18,2)'")) {
			rows.next();
			assertThat(rows.getLong(1)).isEqualTo(3);
			assertThat(rows.getLong(2)).isEqualTo(2);
			assertThat(rows.getBigDecimal(3)).isEqualByComparingTo("9.50");
		}
		try (var files = Files.walk(this.root)) {
			assertThat(files.filter(Files::isRegularFile).map((f) -> this.root.relativize(f).toString()))
				.containsExactlyInAnyOrder("care.duckdb", "runs/2024-03-31/run-1/people/part-1.parquet");
		}
	}

	@Test
	void parquetNeedsAnOutFile() throws Exception {
		assertThat(query(PEOPLE, "--format=parquet")).isEqualTo(Command.USAGE);

		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("give --out FILE");
	}

	@Test
	void eachStatementOfAFileRunsInTurnAfterLeadingComments(@TempDir Path folder) throws Exception {
		Path script = Files.writeString(folder.resolve("two.sql"), """
				-- how many; and the biggest
				SELECT count(*) AS people FROM people;
				/* the biggest; by amount */
				SELECT max(amount) AS biggest FROM people WHERE note <> ';';
				-- nothing after this
				""");

		assertThat(query(null, "--file=" + script, "--format=csv")).isEqualTo(Command.OK);

		assertThat(printed()).isEqualTo("people\n3\nbiggest\n12.50\n");
	}

	@Test
	void statementsComeFromStdinAfterADash() throws Exception {
		System.setIn(new ByteArrayInputStream("SELECT 'from stdin' AS source".getBytes(StandardCharsets.UTF_8)));

		assertThat(query("-", "--format=tsv")).isEqualTo(Command.OK);

		assertThat(printed()).isEqualTo("source\nfrom stdin\n");
	}

	@Test
	void oneStatementThatIsNotASelectStopsThemAllBeforeAnyRuns() throws Exception {
		Path fake = this.root.resolve("runs/fake.csv");

		assertThat(query("SELECT 1 AS first; COPY people TO '" + fake + "'")).isEqualTo(Command.USAGE);

		assertThat(printed()).isEmpty();
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("exactly one SELECT");
		assertThat(fake).doesNotExist();
	}

	@Test
	void nothingButCommentsIsRefused() throws Exception {
		assertThat(query("/* nothing here; */ ;\n-- nor here")).isEqualTo(Command.USAGE);
	}

	private int query(String sql, String... options) throws Exception {
		String[] args = new String[options.length + ((sql != null) ? 2 : 1)];
		args[0] = "query";
		System.arraycopy(options, 0, args, 1, options.length);
		if (sql != null) {
			args[args.length - 1] = sql;
		}
		Commands.Parsed parsed = Commands.parse(args, new PrintWriter(new StringWriter()),
				new PrintWriter(new StringWriter()));
		assertThat(parsed.exitCode()).as(String.join(" ", args)).isNull();
		return this.command.run((QueryOptions) parsed.options());
	}

	private String printed() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

}
