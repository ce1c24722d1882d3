package org.carewarehouse.warehouse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each view is, in the words of the model that defines it: the comment lines just
 * above its {@code CREATE OR REPLACE VIEW}, or the file's header comment when nothing is
 * written there, less the machine-read marker lines ({@code -- unique:},
 * {@code -- references:}, {@code -- materialise}).
 */
final class ViewComments {

	private static final Pattern VIEW = Pattern
		.compile("(?i)CREATE\\s+OR\\s+REPLACE\\s+(?:TEMP\\s+)?VIEW\\s+((?:[a-z_][a-z0-9_]*\\.)?[a-z_][a-z0-9_]*)");

	private static final Pattern MARKER = Pattern.compile("^--\\s*(unique:|references:|materialise\\b).*");

	private ViewComments() {
	}

	/**
	 * Each view's comment. A view made again by a later model (an export pointing it at
	 * its Parquet file) keeps the words of the model that first defined it.
	 * @param models the models in build order
	 * @return comments by view name ({@code schema.view} outside the main schema), in the
	 * order the views are first created
	 */
	static Map<String, String> of(List<ModelOrder.Model> models) {
		Map<String, String> comments = new LinkedHashMap<>();
		for (ModelOrder.Model model : models) {
			Matcher view = VIEW.matcher(model.sql());
			while (view.find()) {
				if (!inComment(model.sql(), view.start())) {
					comments.putIfAbsent(view.group(1).toLowerCase(Locale.ROOT), comment(model.sql(), view.start()));
				}
			}
		}
		return comments;
	}

	private static boolean inComment(String sql, int at) {
		int lineStart = sql.lastIndexOf('\n', at) + 1;
		return sql.substring(lineStart, at).contains("--");
	}

	private static String comment(String sql, int create) {
		String[] before = sql.substring(0, create).split("\n", -1);
		List<String> block = new ArrayList<>();
		for (int i = before.length - 2; i >= 0 && before[i].startsWith("--"); i--) {
			block.add(0, before[i]);
		}
		String text = text(block);
		return text.isEmpty() ? text(header(sql)) : text;
	}

	private static List<String> header(String sql) {
		return sql.lines().takeWhile((line) -> line.startsWith("--")).toList();
	}

	private static String text(List<String> lines) {
		return String.join(" ",
				lines.stream()
					.filter((line) -> !MARKER.matcher(line).matches())
					.map((line) -> line.replaceFirst("^--\\s?", "").strip())
					.filter((line) -> !line.isEmpty())
					.toList());
	}

}
