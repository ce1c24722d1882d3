package org.carewarehouse.warehouse;

import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SQL file with {@code {{name}}} placeholders, the one way values get into the
 * warehouse's SQL. A placeholder inside a quoted string literal takes any text, its
 * quotes doubled; anywhere else it takes only a number, so no value can end a literal or
 * become SQL. A placeholder without a value is refused by name, not left for DuckDB to
 * misread.
 *
 * @param name the file's name, for messages
 * @param sql the SQL text
 */
public record SqlTemplate(String name, String sql) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*\\}\\}");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	/**
	 * The SQL with every placeholder filled.
	 * @param values placeholder values by name; values the SQL does not use are ignored
	 * @return the SQL to run
	 * @throws IllegalArgumentException naming each placeholder without a value, or one
	 * outside a literal whose value is not a number
	 */
	public String fill(Map<String, String> values) {
		TreeSet<String> unfilled = new TreeSet<>();
		boolean[] quoted = quoted(this.sql);
		Matcher placeholder = PLACEHOLDER.matcher(this.sql);
		StringBuilder filled = new StringBuilder();
		while (placeholder.find()) {
			String key = placeholder.group(1);
			String value = values.get(key);
			if (value == null) {
				unfilled.add("{{" + key + "}}");
				continue;
			}
			if (!quoted[placeholder.start()] && !NUMBER.matcher(value).matches()) {
				throw new IllegalArgumentException(this.name + ": {{" + key
						+ "}} is outside a string literal, so takes only a number, not '" + value + "'");
			}
			placeholder.appendReplacement(filled, Matcher.quoteReplacement(value.replace("'", "''")));
		}
		if (!unfilled.isEmpty()) {
			throw new IllegalArgumentException(this.name + ": no value for " + String.join(", ", unfilled));
		}
		return placeholder.appendTail(filled).toString();
	}

	/**
	 * Which characters lie inside a single-quoted literal; comments are skipped so that
	 * an apostrophe in a comment opens nothing.
	 */
	private static boolean[] quoted(String sql) {
		boolean[] quoted = new boolean[sql.length()];
		int i = 0;
		while (i < sql.length()) {
			if (sql.startsWith("--", i)) {
				i = end(sql, sql.indexOf('\n', i), 0);
			}
			else if (sql.startsWith("/*", i)) {
				i = end(sql, sql.indexOf("*/", i + 2), 2);
			}
			else if (sql.charAt(i) == '\'') {
				// a doubled quote inside a literal closes and reopens it, which marks the
				// same
				int close = end(sql, sql.indexOf('\'', i + 1), 1);
				for (int j = i + 1; j < close - 1; j++) {
					quoted[j] = true;
				}
				i = close;
			}
			else {
				i++;
			}
		}
		return quoted;
	}

	private static int end(String sql, int found, int length) {
		return (found < 0) ? sql.length() : found + length;
	}

}
