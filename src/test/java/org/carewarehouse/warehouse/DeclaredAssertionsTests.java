package org.carewarehouse.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Keys and relationships declared in a model's header, turned into assertion queries and
 * run against a small in-memory fixture.
 */
class DeclaredAssertionsTests {

	private final DeclaredAssertions declared = new DeclaredAssertions(template("unique.sql"),
			template("unique-rows.sql"), template("references.sql"));

	@Test
	void aRepeatedKeyIsFoundAndADistinctOneIsNot() throws SQLException {
		List<DeclaredAssertions.Assertion> assertions = this.declared.of(model("visits.sql",
				"-- One row per visit.\n-- unique: council, visit\n" + "CREATE OR REPLACE VIEW visits AS SELECT 1;"));

		assertThat(assertions).extracting(DeclaredAssertions.Assertion::name)
			.containsExactly("visits unique (council, visit)");
		// E1 visit 7 twice (a duplicate), E2 visit 7 once: the same visit in another
		// council is a different key
		assertThat(brokenRows(assertions.get(0),
				"CREATE TABLE visits AS FROM (VALUES ('E1', 7), ('E1', 7), ('E2', 7), ('E1', 8)) AS v(council, visit)"))
			.containsExactly("E1|7|2");
	}

	/**
	 * A repeated key's rows are named by file and line, a key repeated with a NULL in it
	 * as well (E1, NULL twice, at b.csv lines 4 and 2); E2's single row is not named. A
	 * view that keeps no source line has nothing to name.
	 */
	@Test
	void aRepeatedKeysRowsAreNamedByFileAndLine() throws SQLException {
		DeclaredAssertions.Assertion assertion = this.declared
			.of(model("visits.sql", "-- unique: council, visit\nCREATE OR REPLACE VIEW visits AS SELECT 1;"))
			.get(0);

		assertThat(brokenRows(assertion.sources(), "CREATE TABLE visits AS FROM (VALUES ('E1', 7, 'a.csv', 2), "
				+ "('E1', NULL, 'b.csv', 4), ('E1', 7, 'b.csv', 3), ('E1', NULL, 'b.csv', 2), ('E2', 7, 'a.csv', 5)) "
				+ "AS v(council, visit, source_file, source_line)"))
			.containsExactly("a.csv:2, b.csv:2, b.csv:3, b.csv:4");
		assertThat(brokenRows(assertion.sources(),
				"CREATE TABLE visits AS FROM (VALUES ('E1', 7), ('E1', 7)) AS v(council, visit)"))
			.containsExactly("null");
		assertThat(
				this.declared
					.of(model("visits.sql",
							"-- references: council -> dim_council.gss_code\n"
									+ "CREATE OR REPLACE VIEW visits AS SELECT 1;"))
					.get(0)
					.sources())
			.isNull();
	}

	@Test
	void anOrphanIsFoundAndANullIsNot() throws SQLException {
		List<DeclaredAssertions.Assertion> assertions = this.declared.of(model("visits.sql",
				"-- references: council -> dim_council.gss_code\nCREATE OR REPLACE VIEW visits AS SELECT 1;"));

		assertThat(assertions).extracting(DeclaredAssertions.Assertion::name)
			.containsExactly("visits.council references dim_council.gss_code");
		assertThat(brokenRows(assertions.get(0),
				"CREATE TABLE dim_council AS FROM (VALUES ('E1'), ('E2')) AS d(gss_code); "
						+ "CREATE TABLE visits AS FROM (VALUES ('E1'), ('E9'), ('E9'), (NULL)) AS v(council)"))
			.containsExactly("E9|2");
	}

	@Test
	void aDeclarationThatDoesNotReadIsRefusedByFile() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.declared.of(model("visits.sql",
					"-- references: council dim_council\nCREATE OR REPLACE VIEW visits AS SELECT 1;")))
			.withMessageStartingWith("visits.sql: a '-- unique:' or '-- references:' line does not read");
	}

	@Test
	void aDeclarationInAFileWithoutItsViewIsRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.declared
				.of(model("visits.sql", "-- unique: visit\nCREATE OR REPLACE VIEW visit_days AS SELECT 1;")))
			.withMessage("visits.sql declares assertions but creates no view named visits to hold them to");
	}

	@Test
	void everyModelsDeclarationsRead() {
		List<String> names = new ArrayList<>();
		for (int layer = 0; layer < Catalog.LAYERS.size(); layer++) {
			for (var resource : Catalog.resources(List.of(Catalog.LAYERS.get(layer)))) {
				try {
					ModelOrder.Model model = new ModelOrder.Model(resource.getFilename(), layer,
							resource.getContentAsString(StandardCharsets.UTF_8));
					this.declared.of(model).forEach((assertion) -> names.add(assertion.name()));
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}
		}
		assertThat(names).contains("services.council references dim_council.council",
				"service_events unique (council, person_key, event_type, event_start_date, client_type, "
						+ "service_type, service_component)",
				"dim_council unique (council)", "cost_centres unique (council, cost_centre)",
				"workforce_workplaces unique (council, workplace_id, snapshot_date)");
	}

	private static ModelOrder.Model model(String name, String sql) {
		return new ModelOrder.Model(name, 0, sql);
	}

	private static SqlTemplate template(String name) {
		try {
			return new SqlTemplate(name, Files.readString(Path.of("warehouse/tests/templates", name)));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static List<String> brokenRows(DeclaredAssertions.Assertion assertion, String fixture) throws SQLException {
		return brokenRows(assertion.sql(), fixture);
	}

	private static List<String> brokenRows(String query, String fixture) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement()) {
			statement.execute(fixture);
			List<String> rows = new ArrayList<>();
			try (ResultSet result = statement.executeQuery(query)) {
				int columns = result.getMetaData().getColumnCount();
				while (result.next()) {
					List<String> values = new ArrayList<>();
					for (int i = 1; i <= columns; i++) {
						values.add(result.getString(i));
					}
					rows.add(String.join("|", values));
				}
			}
			return rows;
		}
	}

}
