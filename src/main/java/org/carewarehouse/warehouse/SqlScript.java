package org.carewarehouse.warehouse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into statements at the semicolons outside quotes, comments and dollar
 * quoting. It decides nothing about safety: each piece still goes through the sandbox's
 * one-SELECT check, so a piece split wrongly is refused, never run unchecked.
 */
final class SqlScript {

	private SqlScript() {
	}

	/**
	 * The statements of a script, comments kept with the statement they precede, pieces
	 * holding nothing but comments and blanks left out.
	 * @param script the SQL text
	 * @return its statements in order
	 */
	static List<String> statements(String script) {
		List<String> statements = new ArrayList<>();
		int start = 0;
		boolean code = false;
		int i = 0;
		while (i < script.length()) {
			char c = script.charAt(i);
			if (c == ';') {
				add(statements, script.substring(start, i), code);
				start = i + 1;
				code = false;
				i++;
			}
			else {
				int end = skip(script, i);
				code |= !Character.isWhitespace(c) && !comment(script, i);
				i = end;
			}
		}
		add(statements, script.substring(start), code);
		return statements;
	}

	private static void add(List<String> statements, String statement, boolean code) {
		if (code) {
			statements.add(statement.strip());
		}
	}

	private static boolean comment(String script, int i) {
		return script.startsWith("--", i) || script.startsWith("/*", i);
	}

	/** The index just past the token that starts at {@code i}. */
	private static int skip(String script, int i) {
		if (script.startsWith("--", i)) {
			int end = script.indexOf('\n', i);
			return (end < 0) ? script.length() : end + 1;
		}
		if (script.startsWith("/*", i)) {
			return past(script, "*/", i + 2);
		}
		char c = script.charAt(i);
		if (c == '\'' || c == '"') {
			// a doubled quote inside closes and reopens, which comes to the same
			return past(script, String.valueOf(c), i + 1);
		}
		if (c == '$') {
			int tagEnd = script.indexOf('$', i + 1);
			String tag = (tagEnd < 0) ? "" : script.substring(i, tagEnd + 1);
			if (tag.matches("\\$[A-Za-z_]*\\$")) {
				return past(script, tag, tagEnd + 1);
			}
		}
		return i + 1;
	}

	private static int past(String script, String closing, int from) {
		int end = script.indexOf(closing, from);
		return (end < 0) ? script.length() : end + closing.length();
	}

}
