package org.carewarehouse.warehouse;

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
	 * The model's SQL, followed for a marked model by the statements that write each of
	 * its views to the run's folder and point the view at the file.
	 * @param model the model
	 * @return SQL with the {@code {{run}}} placeholder still in it
	 */
	static String sql(ModelOrder.Model model) {
		if (!marked(model)) {
			return model.sql();
		}
		StringBuilder sql = new StringBuilder(model.sql()).append(";\n");
		for (String view : model.creates()) {
			String file = "'{{run}}/" + view + ".parquet'";
			sql.append("COPY (SELECT * FROM ").append(view).append(") TO ").append(file).append(" (FORMAT PARQUET);\n");
			sql.append("CREATE OR REPLACE VIEW ")
				.append(view)
				.append(" AS SELECT * FROM read_parquet(")
				.append(file)
				.append(");\n");
		}
		return sql.toString();
	}

}
