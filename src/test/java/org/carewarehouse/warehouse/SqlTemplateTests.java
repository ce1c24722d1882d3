package org.carewarehouse.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Placeholders filled into SQL, run through DuckDB to see what the SQL now says.
 */
class SqlTemplateTests {

	@Test
	void noOtherClassFillsAPlaceholderItself() throws IOException {
		List<Path> filling;
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			filling = sources.filter((file) -> file.toString().endsWith(".java"))
				.filter((file) -> !file.endsWith(Path.of("warehouse/SqlTemplate.java")))
				.filter((file) -> read(file).contains(".replace(\"{{"))
				.toList();
		}
		assertThat(filling).isEmpty();
	}

	@Test
	void quotedPlaceholderTakesAnyTextAndStaysOneLiteral() throws SQLException {
		String path = "/data/o'brien's council/run";
		String sql = new SqlTemplate("t.sql", "SELECT '{{run}}/services.parquet' AS location")
			.fill(Map.of("run", path));
		assertThat(single(sql)).isEqualTo(path + "/services.parquet");
	}

	@Test
	void quoteAndSemicolonInAValueCannotEndTheLiteral() throws SQLException {
		String hostile = "x'; DROP TABLE people; --";
		assertThat(single(new SqlTemplate("t.sql", "SELECT '{{run}}'").fill(Map.of("run", hostile))))
			.isEqualTo(hostile);
	}

	@Test
	void unquotedPlaceholderTakesANumber() throws SQLException {
		String sql = new SqlTemplate("t.sql", "SELECT DATE '2024-01-01' + {{days}}").fill(Map.of("days", "91"));
		assertThat(single(sql)).isEqualTo("2024-04-01");
	}

	@Test
	void unquotedPlaceholderRefusesText() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SqlTemplate("m.sql", "SELECT {{days}}").fill(Map.of("days", "1; DROP TABLE x")))
			.withMessage("m.sql: {{days}} is outside a string literal, so takes only a number, not '1; DROP TABLE x'");
	}

	@Test
	void identifierPlaceholderTakesNamesAndMakesAListOfThem() throws SQLException {
		String sql = new SqlTemplate("t.sql", "SELECT concat_ws('/', \"{{columns}}\") FROM (SELECT 'a' AS x, 'b' AS y)")
			.fill(Map.of("columns", "x, y"));
		assertThat(sql).contains("\"x\", \"y\"");
		assertThat(single(sql)).isEqualTo("a/b");
	}

	@Test
	void identifierPlaceholderRefusesAnythingButNames() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SqlTemplate("m.sql", "SELECT \"{{column}}\" FROM t")
				.fill(Map.of("column", "x\" FROM people; --")))
			.withMessage(
					"m.sql: {{column}} is inside a quoted identifier, so takes only names, not 'x\" FROM people; --'");
	}

	@Test
	void apostropheInACommentOpensNoLiteral() {
		String sql = "-- the person's first day\nSELECT {{days}}";
		assertThatIllegalArgumentException().isThrownBy(() -> new SqlTemplate("m.sql", sql).fill(Map.of("days", "x")))
			.withMessageContaining("outside a string literal");
	}

	@Test
	void placeholdersWithoutAValueAreRefusedByName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SqlTemplate("m.sql", "SELECT '{{run}}', '{{history}}', {{days}}, '{{run}}'")
				.fill(Map.of("days", "7")))
			.withMessage("m.sql: no value for {{history}}, {{run}}");
	}

	@Test
	void misspeltPlaceholderIsRefusedNotLeftInTheSql() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SqlTemplate("m.sql", "SELECT '{{ Run }}'").fill(Map.of("run", "/r")))
			.withMessage("m.sql: no value for {{Run}}");
	}

	@Test
	void valuesTheSqlDoesNotUseAreIgnored() {
		assertThat(new SqlTemplate("m.sql", "SELECT 1").fill(Map.of("run", "/r"))).isEqualTo("SELECT 1");
	}

	private static String single(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
