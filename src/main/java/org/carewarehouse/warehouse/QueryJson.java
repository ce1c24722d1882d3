package org.carewarehouse.warehouse;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * A result as one JSON array of objects, one object a line so that it streams and still
 * reads line by line.
 */
final class QueryJson {

	private QueryJson() {
	}

	static long print(List<String> header, ResultSet rows, PrintStream out) throws SQLException {
		out.print("[");
		long count = 0;
		while (rows.next()) {
			StringBuilder object = new StringBuilder((count > 0) ? ",\n{" : "\n{");
			for (int i = 0; i < header.size(); i++) {
				object.append((i > 0) ? ", " : "").append(string(header.get(i))).append(": ");
				object.append(value(rows.getObject(i + 1)));
			}
			out.print(object.append('}'));
			count++;
		}
		out.println((count > 0) ? "\n]" : "]");
		return count;
	}

	private static String value(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof Short
				|| value instanceof Byte || value instanceof java.math.BigDecimal
				|| value instanceof java.math.BigInteger) {
			return value.toString();
		}
		if (value instanceof Double number && Double.isFinite(number)
				|| value instanceof Float single && Float.isFinite(single)) {
			return value.toString();
		}
		return string(value.toString());
	}

	private static String string(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> json.append((c < 0x20) ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return json.append('"').toString();
	}

}
