package org.carewarehouse.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * Writes the documentation into the catalog being built, so that any client (the DuckDB
 * CLI, a BI tool over ODBC) reads it beside the data: each view's comment from its model
 * ({@link ViewComments}) and each column's from the {@link Glossary}. A view or column
 * left without one fails the assertion {@code warehouse/tests/views_documented.sql}.
 */
final class CatalogComments {

	private static final SqlTemplate ON_VIEW = template("comment_on_view.sql");

	private static final SqlTemplate ON_COLUMN = template("comment_on_column.sql");

	private static final SqlTemplate COLUMNS = template("catalog_view_columns.sql");

	private CatalogComments() {
	}

	/**
	 * Comments every view and every column the glossary describes. Run after every model
	 * is built, since a view made again (materialised, exported) loses its comments, and
	 * inside the build's transaction, since each comment would otherwise be a commit of
	 * its own.
	 * @param statement a statement on the catalog being built
	 * @param models the models in build order
	 * @throws SQLException if a comment cannot be written
	 */
	static void apply(Statement statement, List<ModelOrder.Model> models) throws SQLException {
		List<String> comments = new ArrayList<>();
		for (Map.Entry<String, String> view : ViewComments.of(models).entrySet()) {
			comments.add(ON_VIEW.fill(Map.of("schema", ModelOrder.schema(view.getKey()), "view",
					ModelOrder.unqualified(view.getKey()), "comment", view.getValue())));
		}
		Map<String, String> glossary = Glossary.load().descriptions();
		for (String[] column : viewColumns(statement)) {
			String description = glossary.get(column[2]);
			if (description != null) {
				comments.add(ON_COLUMN.fill(Map.of("schema", column[0], "view", column[1], "column", column[2],
						"description", description)));
			}
		}
		if (!comments.isEmpty()) {
			// one script: DuckDB runs its statements in turn, with no round trip
			// through JDBC for each of the thousand or so
			statement.execute(String.join(";\n", comments));
		}
	}

	private static List<String[]> viewColumns(Statement statement) throws SQLException {
		List<String[]> columns = new ArrayList<>();
		try (ResultSet rows = statement.executeQuery(COLUMNS.fill(Map.of()))) {
			while (rows.next()) {
				columns.add(new String[] { rows.getString(1), rows.getString(2), rows.getString(3) });
			}
		}
		return columns;
	}

	private static SqlTemplate template(String name) {
		try {
			return new SqlTemplate(name,
					new ClassPathResource(name, CatalogComments.class).getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + name, ex);
		}
	}

}
