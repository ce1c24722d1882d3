package org.carewarehouse.warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points a catalog's views at the warehouse where it is now. The views name their files
 * by absolute path (DuckDB resolves a relative one against the reader's working
 * directory, not the catalog's folder), so a warehouse moved or mounted elsewhere needs
 * its views rewritten: every path under the root the catalog was built for is moved under
 * the new root, and nothing else in a view changes.
 */
final class CatalogRelocation {

	/** The run history view names the root the catalog was built for. */
	private static final Pattern BUILT_FOR = Pattern.compile("'([^']*)/history/load_runs/");

	private CatalogRelocation() {
	}

	/**
	 * Rewrites the views of the catalog in use on a statement.
	 * @param connection a connection with the catalog to rewrite in use, writable
	 * @param root the new root, as DuckDB names it
	 * @return the root the catalog was built for
	 * @throws SQLException if a view does not bind at the new root
	 */
	static String relocate(Connection connection, String root) throws SQLException {
		Map<String, String> views = views(connection);
		Matcher builtFor = BUILT_FOR.matcher(views.getOrDefault("main.load_runs", ""));
		if (!builtFor.find()) {
			throw new SQLException("The catalog has no load_runs view naming the root it was built for");
		}
		String old = builtFor.group(1);
		try (Statement statement = connection.createStatement()) {
			// a v1.0.0-format catalog stores its views' lambdas as arrows, the form
			// DuckDB 1.x reads, and replayed they must parse
			statement.execute("SET lambda_syntax = 'ENABLE_SINGLE_ARROW'");
		}
		// a view binds only once the views it reads point at files that exist, so passes
		// repeat until every view is rewritten or a pass rewrites none
		Map<String, String> pending = new LinkedHashMap<>(views);
		SQLException last = null;
		while (!pending.isEmpty()) {
			int before = pending.size();
			for (var view : Map.copyOf(pending).entrySet()) {
				// DuckDB's driver closes a statement whose execution failed
				try (Statement statement = connection.createStatement()) {
					statement.execute(view.getValue()
						.replaceFirst("^CREATE VIEW", "CREATE OR REPLACE VIEW")
						.replace("'" + old + "/", "'" + root.replace("'", "''") + "/"));
					pending.remove(view.getKey());
				}
				catch (SQLException ex) {
					last = ex;
				}
			}
			if (pending.size() == before) {
				throw new SQLException(
						"Views " + pending.keySet() + " do not read under " + root + ": " + last.getMessage(), last);
			}
		}
		return old;
	}

	private static Map<String, String> views(Connection connection) throws SQLException {
		Map<String, String> views = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT schema_name || '.' || view_name, sql FROM duckdb_views() "
							+ "WHERE database_name = current_database() AND NOT internal ORDER BY view_oid")) {
			while (rows.next()) {
				views.put(rows.getString(1), rows.getString(2));
			}
		}
		return views;
	}

}
