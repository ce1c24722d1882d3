package org.carewarehouse.warehouse;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Models computed once a run. DuckDB expands a view wherever it is read, so an
 * intermediate that many indicators read was computed again for each of them. A model
 * file with a line starting {@code -- materialise} has each view it creates written to
 * the run's folder as {@code <view>.parquet} as soon as it is built, and the view
 * replaced by one over that file: every later model reads the computed rows, and the file
 * stays with the run like the exports.
 */
final class Materialisation {

	private static final Pattern MARKER = Pattern.compile("(?m)^--\\s*materialise\\b");

	/**
	 * Rows per Parquet row group (DuckDB rounds it up to its vectors of 2,048 rows).
	 * DuckDB's default, 122,880, has each writing thread hold that many rows, as wide as
	 * the model's, while the query that feeds it sorts and joins: under a 512MB limit, at
	 * the sample's scale 16, service_events ran out of memory and cld_event_rows took 24
	 * s instead of 10.
	 */
	private static final int ROW_GROUP_ROWS = 30_000;

	private Materialisation() {
	}

	/**
	 * Whether a model is marked to be computed once.
	 * @param model the model
	 * @return true when its SQL holds the marker line
	 */
	static boolean marked(ModelOrder.Model model) {
		return MARKER.matcher(model.sql()).find();
	}

	/**
	 * Writes each view of a marked model, just built, to the run's folder and points the
	 * view at its file; does nothing for an unmarked model.
	 * @param statement a statement on the catalog being built
	 * @param model the model
	 * @param run the run's folder, as it goes inside a SQL string literal
	 * @throws SQLException if the view cannot be computed or written
	 */
	static void materialise(Statement statement, ModelOrder.Model model, String run) throws SQLException {
		if (!marked(model)) {
			return;
		}
		if (run.isBlank()) {
			throw new SQLException("Model " + model.name() + " is materialised but the catalog has no run folder");
		}
		// its views, not the macros a model may define for them
		for (String view : model.relations()) {
			// Parquet has no 128-bit integer and DuckDB would write a HUGEINT (a sum of
			// integers) as DOUBLE: it goes through an exact DECIMAL and comes back as it
			// was
			List<String> wide = hugeintColumns(statement, view);
			String file = "'" + run + "/" + ModelOrder.unqualified(view) + ".parquet'";
			statement.execute("COPY (SELECT *" + replace(wide, "DECIMAL(38, 0)") + " FROM " + view + ") TO " + file
					+ " (FORMAT PARQUET, ROW_GROUP_SIZE " + ROW_GROUP_ROWS + ")");
			statement.execute("CREATE OR REPLACE VIEW " + view + " AS SELECT *" + replace(wide, "HUGEINT")
					+ " FROM read_parquet(" + file + ")");
		}
	}

	private static List<String> hugeintColumns(Statement statement, String view) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (PreparedStatement query = statement.getConnection()
			.prepareStatement("SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() "
					+ "AND schema_name = ? AND table_name = ? AND data_type = 'HUGEINT' ORDER BY column_index")) {
			query.setString(1, ModelOrder.schema(view));
			query.setString(2, ModelOrder.unqualified(view));
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					columns.add(rows.getString(1));
				}
			}
		}
		return columns;
	}

	private static String replace(List<String> columns, String type) {
		if (columns.isEmpty()) {
			return "";
		}
		List<String> casts = columns.stream()
			.map((column) -> "CAST(\"" + column.replace("\"", "\"\"") + "\" AS " + type + ") AS \""
					+ column.replace("\"", "\"\"") + "\"")
			.toList();
		return " REPLACE (" + String.join(", ", casts) + ")";
	}

}
