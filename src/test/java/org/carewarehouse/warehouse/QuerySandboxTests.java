package org.carewarehouse.warehouse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code query} command's sandbox, against a small published warehouse: a view over a
 * run's Parquet and the pseudonymisation key beside the catalog, as the defaults lay them
 * out.
 */
class QuerySandboxTests {

	private static final String SECRET = "not-a-real-key-but-it-must-not-leak-0123456789";

	@TempDir
	Path root;

	private Path services;

	private Catalog catalog;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	@BeforeEach
	void publishAWarehouse() throws Exception {
		this.services = Files.createDirectories(this.root.resolve("runs/2024-03-31/run-1/services"));
		Files.createDirectories(this.root.resolve("history/load_runs"));
		Files.writeString(this.root.resolve("pseudonymisation.key"), SECRET);
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + this.root.resolve("care.duckdb"));
				Statement statement = connection.createStatement()) {
			statement.execute("COPY (SELECT * FROM (VALUES ('E08000014', 1), ('E08000014', 2)) AS t(council, n)) TO '"
					+ this.services.resolve("part-1.parquet") + "' (FORMAT PARQUET)");
			statement.execute("CREATE VIEW services AS SELECT * FROM read_parquet('" + this.services + "/*.parquet')");
		}
		this.catalog = new Catalog(new WarehouseProperties(this.root.toString(), this.root.resolve("care.duckdb"), 400,
				4, BigDecimal.valueOf(2), "1GB", 1));
	}

	@Test
	void aSelectReadsThePublishedViews() throws Exception {
		assertThat(query("SELECT council, count(*) AS events FROM services GROUP BY ALL")).isEqualTo(1);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEqualTo("council\tevents\nE08000014\t2\n");
		assertThat(query("WITH s AS (FROM services) SELECT * FROM s")).isEqualTo(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "COPY services TO '{services}/fake.parquet' (FORMAT PARQUET)",
			"SELECT 1; COPY services TO '{services}/fake.csv'", "SET allowed_directories = ['/']",
			"SELECT 1') TO '{services}/fake.parquet'; --" })
	void aParquetResultRefusesTheSameAndWritesNothingButTheResult(String sql) throws Exception {
		Path result = this.root.resolveSibling(this.root.getFileName() + "-result.parquet");
		String text = sql.replace("{services}", this.services.toString());

		assertThatExceptionOfType(Catalog.QueryRefusedException.class)
			.isThrownBy(() -> this.catalog.queryToParquet(text, result));

		assertThat(result).doesNotExist();
		assertThat(filesUnder(this.root)).containsExactlyInAnyOrder("care.duckdb", "pseudonymisation.key",
				"runs/2024-03-31/run-1/services/part-1.parquet");
	}

	@Test
	void aParquetResultCannotReadTheKey() throws Exception {
		Path result = this.root.resolveSibling(this.root.getFileName() + "-result.parquet");

		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> this.catalog.queryToParquet(
				"SELECT content FROM read_text('" + this.root.resolve("pseudonymisation.key") + "')", result));

		assertThat(result).doesNotExist();
	}

	@ParameterizedTest
	@ValueSource(strings = { "COPY services TO '{services}/fake.parquet' (FORMAT PARQUET)",
			"COPY (SELECT * FROM services) TO '{services}/fake.parquet' (FORMAT PARQUET)",
			"EXPORT DATABASE '{services}/export'", "SELECT 1; COPY services TO '{services}/fake.csv'",
			"SELECT 1; SELECT 2", "SET enable_external_access = true", "SET allowed_directories = ['/']",
			"RESET lock_configuration", "PRAGMA enable_profiling", "ATTACH '{root}/other.duckdb' AS other",
			"INSTALL httpfs", "LOAD httpfs", "CREATE TABLE fake AS FROM services", "INSERT INTO services VALUES (1)",
			"CALL pragma_version()", "DETACH care", "USE memory", "CHECKPOINT", "" })
	void anythingButOneSelectIsRefusedBeforeItRuns(String sql) throws Exception {
		assertThatExceptionOfType(Catalog.QueryRefusedException.class).isThrownBy(() -> query(sql))
			.withMessageContaining("exactly one SELECT");

		assertThat(filesUnder(this.root)).containsExactlyInAnyOrder("care.duckdb", "pseudonymisation.key",
				"runs/2024-03-31/run-1/services/part-1.parquet");
	}

	@ParameterizedTest
	@ValueSource(strings = { "SELECT * FROM read_text('{root}/pseudonymisation.key')",
			"SELECT * FROM read_csv('{root}/pseudonymisation.key', header = false)",
			"SELECT * FROM read_text('{services}/../../../../pseudonymisation.key')",
			"SELECT * FROM read_text('{root}/runs/../pseudonymisation.key')", "SELECT * FROM read_blob('{root}/*.key')",
			"SELECT * FROM glob('{root}/*')", "SELECT * FROM read_text('/etc/passwd')",
			"SELECT * FROM read_csv('https://example.org/x.csv')" })
	void filesOutsideTheWarehouseDataCannotBeRead(String sql) {
		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> query(sql))
			.withMessageContaining("Permission Error")
			.withMessageNotContaining(SECRET);

		assertThat(this.out.toString(StandardCharsets.UTF_8)).doesNotContain(SECRET);
	}

	private long query(String sql) throws SQLException {
		return this.catalog.query(
				sql.replace("{services}", this.services.toString()).replace("{root}", this.root.toString()),
				new PrintStream(this.out, true, StandardCharsets.UTF_8));
	}

	private static List<String> filesUnder(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).map((f) -> folder.relativize(f).toString()).toList();
		}
	}

}
