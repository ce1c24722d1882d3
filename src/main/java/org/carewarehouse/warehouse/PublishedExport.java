package org.carewarehouse.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies the published zone, and nothing else, out of the catalog: each view of the
 * schema {@code published} as a Parquet file, and the same rows as tables of a small
 * DuckDB file that needs nothing beside it. The catalog is attached read-only, as
 * {@code query} does, so a nightly run may publish meanwhile.
 */
final class PublishedExport {

	/** The self-contained catalog an export holds. */
	static final String CATALOG = "figures.duckdb";

	private static final String STORAGE_VERSION = "v1.0.0";

	private final Path catalog;

	private final List<String> readable;

	private final DuckDbConnections connections;

	/**
	 * Creates an export of a catalog.
	 * @param catalog the published catalog file
	 * @param readable the folders its views read, as DuckDB paths ending in a separator
	 * @param connections DuckDB's limits
	 */
	PublishedExport(Path catalog, List<String> readable, DuckDbConnections connections) {
		this.catalog = catalog;
		this.readable = readable;
		this.connections = connections;
	}

	/**
	 * Writes every published view into an empty folder.
	 * @param folder the folder, which must exist and be empty
	 * @return what was written
	 * @throws SQLException if a view cannot be read or written
	 */
	ExportManifest writeInto(Path folder) throws SQLException {
		try (Connection connection = this.connections.open("jdbc:duckdb:", false);
				Statement statement = connection.createStatement()) {
			statement.execute("ATTACH '" + literal(this.catalog.toString()) + "' AS care (READ_ONLY)");
			statement.execute("ATTACH '" + literal(folder.resolve(CATALOG).toString())
					+ "' AS export (STORAGE_VERSION '" + STORAGE_VERSION + "')");
			statement.execute("USE care");
			List<String> allowed = new ArrayList<>(this.readable);
			allowed.add(folder.toString() + "/");
			statement
				.execute("SET allowed_directories = " + allowed.stream().map((f) -> "'" + literal(f) + "'").toList());
			statement.execute("SET enable_external_access = false");
			statement.execute("SET lock_configuration = true");
			statement.execute("CREATE SCHEMA export.published");
			List<ExportManifest.View> views = new ArrayList<>();
			for (String view : views(connection)) {
				views.add(copy(statement, view, folder));
			}
			ExportManifest manifest = publication(statement, views);
			statement.execute("USE memory");
			statement.execute("DETACH export");
			return manifest;
		}
	}

	private static List<String> views(Connection connection) throws SQLException {
		List<String> names = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT table_name FROM information_schema.tables "
				+ "WHERE table_catalog = 'care' AND table_schema = 'published' ORDER BY table_name");
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		return names;
	}

	/** The Parquet file first, then the table from it, so both hold the same rows. */
	private static ExportManifest.View copy(Statement statement, String view, Path folder) throws SQLException {
		String file = view + ".parquet";
		String parquet = "'" + literal(folder.resolve(file).toString()) + "'";
		statement.execute("COPY (FROM care.published." + identifier(view) + ") TO " + parquet + " (FORMAT PARQUET)");
		statement
			.execute("CREATE TABLE export.published." + identifier(view) + " AS FROM read_parquet(" + parquet + ")");
		long rows;
		try (ResultSet count = statement.executeQuery("SELECT count(*) FROM export.published." + identifier(view))) {
			count.next();
			rows = count.getLong(1);
		}
		List<String> columns = new ArrayList<>();
		try (PreparedStatement query = statement.getConnection()
			.prepareStatement("SELECT column_name FROM duckdb_columns() WHERE database_name = 'export' "
					+ "AND schema_name = 'published' AND table_name = ? ORDER BY column_index")) {
			query.setString(1, view);
			try (ResultSet names = query.executeQuery()) {
				while (names.next()) {
					columns.add(names.getString(1));
				}
			}
		}
		return new ExportManifest.View(view, file, rows, columns);
	}

	private static ExportManifest publication(Statement statement, List<ExportManifest.View> views)
			throws SQLException {
		try (ResultSet row = statement
			.executeQuery("SELECT CAST(as_of AS VARCHAR), suppression_threshold FROM export.published.publication")) {
			row.next();
			return new ExportManifest(row.getString(1), row.getInt(2), views);
		}
	}

	private static String identifier(String name) {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}

	private static String literal(String value) {
		return value.replace("'", "''");
	}

}
