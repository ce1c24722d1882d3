package org.carewarehouse.warehouse;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A result as an aligned table: it holds every row to measure the columns, which suits
 * the screenful a person reads; machines should ask for CSV, TSV or JSON.
 */
final class QueryTable {

	private static final Set<Integer> NUMBERS = Set.of(Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT,
			Types.DECIMAL, Types.NUMERIC, Types.FLOAT, Types.REAL, Types.DOUBLE);

	private QueryTable() {
	}

	static long print(List<String> header, ResultSet rows, PrintStream out) throws SQLException {
		List<List<String>> lines = new ArrayList<>();
		while (rows.next()) {
			lines.add(QueryFormat.text(rows, header.size()));
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
		return lines.size();
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
