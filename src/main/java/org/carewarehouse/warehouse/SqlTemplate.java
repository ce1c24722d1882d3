package org.carewarehouse.warehouse;

import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SQL file with {@code {{name}}} placeholders, the one way values get into the
 * warehouse's SQL. A placeholder inside a quoted string literal takes any text, its
 * quotes doubled; inside a double-quoted identifier it takes only plain names (letters,
 * digits and underscores), several separated by commas becoming a list of quoted names;
 * anywhere else it takes only a number. So no value can end a literal or become SQL. A
 * placeholder without a value is refused by name, not left for DuckDB to misread.
 *
 * @param name the file's name, for messages
 * @param sql the SQL text
 */
public record SqlTemplate(String name, String sql) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*\\}\\}");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final Pattern NAMES = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\s*,\\s*[A-Za-z_][A-Za-z0-9_]*)*");

	private static final char LITERAL = '\'';

	private static final char IDENTIFIER = '"';

	/**
	 * The SQL with every placeholder filled.
	 * @param values placeholder values by name; values the SQL does not use are ignored
	 * @return the SQL to run
	 * @throws IllegalArgumentException naming each placeholder without a value, or one
	 * outside a literal whose value is not a number
	 */
	public String fill(Map<String, String> values) {
		TreeSet<String> unfilled = new TreeSet<>();
		char[] positions = positions(this.sql);
		Matcher placeholder = PLACEHOLDER.matcher(this.sql);
		StringBuilder filled = new StringBuilder();
		while (placeholder.find()) {
			String key = placeholder.group(1);
			String value = values.get(key);
			if (value == null) {
				unfilled.add("{{" + key + "}}");
				continue;
			}
			placeholder.appendReplacement(filled,
					Matcher.quoteReplacement(escape(key, value, positions[placeholder.start()])));
		}
		if (!unfilled.isEmpty()) {
			throw new IllegalArgumentException(this.name + ": no value for " + String.join(", ", unfilled));
		}
		return placeholder.appendTail(filled).toString();
	}

	private String escape(String key, String value, char position) {
		if (position == LITERAL) {
			return value.replace("'", "''");
		}
		if (position == IDENTIFIER) {
			if (!NAMES.matcher(value).matches()) {
				throw new IllegalArgumentException(this.name + ": {{" + key
						+ "}} is inside a quoted identifier, so takes only names, not '" + value + "'");
			}
			return String.join("\", \"", value.split("\\s*,\\s*"));
		}
		if (!NUMBER.matcher(value).matches()) {
			throw new IllegalArgumentException(this.name + ": {{" + key
					+ "}} is outside a string literal, so takes only a number, not '" + value + "'");
		}
		return value;
	}

	/**
	 * What each character lies inside: a single-quoted literal, a double-quoted
	 * identifier, or code; comments are skipped so that an apostrophe in a comment opens
	 * nothing.
	 */
	private static char[] positions(String sql) {
		char[] positions = new char[sql.length()];
		int i = 0;
		while (i < sql.length()) {
			char c = sql.charAt(i);
			if (sql.startsWith("--", i)) {
				i = end(sql, sql.indexOf('\n', i), 0);
			}
			else if (sql.startsWith("/*", i)) {
				i = end(sql, sql.indexOf("*/", i + 2), 2);
			}
			else if (c == LITERAL || c == IDENTIFIER) {
				// a doubled quote inside a literal closes and reopens it, which marks the
				// same
				int close = end(sql, sql.indexOf(c, i + 1), 1);
				java.util.Arrays.fill(positions, i + 1, Math.max(i + 1, close - 1), c);
				i = close;
			}
			else {
				i++;
			}
		}
		return positions;
	}

	private static int end(String sql, int found, int length) {
		return (found < 0) ? sql.length() : found + length;
	}

}
