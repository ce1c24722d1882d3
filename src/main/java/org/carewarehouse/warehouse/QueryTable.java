package org.carewarehouse.warehouse;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A result as an aligned table: it holds the rows it shows to measure the columns, which
 * suits the screenful a person reads; machines should ask for CSV, TSV or JSON. It shows
 * at most {@link #MAX_ROWS} and counts the rest: held, every row of
 * {@code SELECT * FROM services} at the sample's scale 16 ran a 256 MB heap out.
 */
final class QueryTable {

	private static final Set<Integer> NUMBERS = Set.of(Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT,
			Types.DECIMAL, Types.NUMERIC, Types.FLOAT, Types.REAL, Types.DOUBLE);

	private QueryTable() {
	}

	/** The most rows a table shows. */
	static final int MAX_ROWS = 10_000;

	static long print(List<String> header, ResultSet rows, PrintStream out) throws SQLException {
		return print(header, rows, out, MAX_ROWS);
	}

	static long print(List<String> header, ResultSet rows, PrintStream out, int maxRows) throws SQLException {
		List<List<String>> lines = new ArrayList<>();
		long count = 0;
		while (rows.next()) {
			if (count++ < maxRows) {
				lines.add(QueryFormat.text(rows, header.size()));
			}
		}
		int[] widths = new int[header.size()];
		boolean[] right = new boolean[header.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = header.get(i).length();
			right[i] = NUMBERS.contains(rows.getMetaData().getColumnType(i + 1));
			for (List<String> line : lines) {
				widths[i] = Math.max(widths[i], line.get(i).length());
			}
		}
		out.println(line(header, widths, new boolean[widths.length]));
		out.println(String.join("  ",
				java.util.Arrays.stream(widths).mapToObj((w) -> "-".repeat(Math.max(w, 1))).toList()));
		for (List<String> line : lines) {
			out.println(line(line, widths, right));
		}
		if (count > lines.size()) {
			out.println("(" + count + " rows; the first " + lines.size()
					+ " are shown: --format=csv, tsv or json prints them all)");
		}
		return count;
	}

	private static String line(List<String> values, int[] widths, boolean[] right) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < widths.length; i++) {
			String format = "%" + (right[i] ? "" : "-") + Math.max(widths[i], 1) + "s";
			line.append((i > 0) ? "  " : "").append(String.format(format, values.get(i)));
		}
		return line.toString().stripTrailing();
	}

}
