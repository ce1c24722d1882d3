package org.carewarehouse.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL models' house style, which no formatter in the build checks: each file opens
 * with a comment saying what it builds, has no tabs or trailing spaces, and writes
 * CREATE, SELECT and FROM in capitals (in code, not in comments or literals). No model
 * orders inside an aggregate ({@code list(x ORDER BY y)}): DuckDB holds such an
 * aggregate's groups in memory and fails past its memory limit instead of spilling to
 * disk, so a list is gathered unordered and sorted after ({@code list_sort}).
 */
class SqlStyleTests {

	private static final Pattern COMMENT_OR_QUOTED = Pattern.compile("--[^\\n]*|'(?:[^']|'')*'|\"[^\"]*\"");

	private static final Pattern KEYWORD = Pattern.compile("\\b(?i:create|select|from)\\b");

	private static final Pattern AGGREGATE = Pattern.compile(
			"\\b(?i:list|array_agg|string_agg|listagg|group_concat|first|last|arg_min|arg_max|min_by|max_by)\\s*\\(");

	private static final Pattern ORDER_BY = Pattern.compile("\\b(?i:order\\s+by)\\b");

	@Test
	void everyModelFollowsTheHouseStyle() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("warehouse/sql"))) {
			List<Path> models = files.filter((f) -> f.toString().endsWith(".sql")).sorted().toList();
			assertThat(models).hasSizeGreaterThan(50);
			for (Path model : models) {
				problems.addAll(problems(model.toString(), Files.readString(model, StandardCharsets.UTF_8)));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void eachBreachIsFoundWithItsLine() {
		String sql = "create VIEW v AS\n-- from here, select is a word\nSELECT 'select from'\tFROM t \n"
				+ "SELECT list(x ORDER BY y), list(lower(x)), row_number() OVER (ORDER BY x) FROM t\n"
				+ "SELECT string_agg(x, ',' ORDER BY\n y) FROM t\n";
		assertThat(problems("bad.sql", sql)).containsExactly("bad.sql: does not open with a -- comment",
				"bad.sql line 3: tab", "bad.sql line 3: trailing whitespace", "bad.sql line 1: 'create' not upper case",
				"bad.sql line 4: ORDER BY inside list(", "bad.sql line 5: ORDER BY inside string_agg(");
	}

	static List<String> problems(String name, String sql) {
		List<String> problems = new ArrayList<>();
		if (!sql.startsWith("--")) {
			problems.add(name + ": does not open with a -- comment");
		}
		String[] lines = sql.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].indexOf('\t') >= 0) {
				problems.add(name + " line " + (i + 1) + ": tab");
			}
			if (!lines[i].equals(lines[i].stripTrailing())) {
				problems.add(name + " line " + (i + 1) + ": trailing whitespace");
			}
		}
		String code = blankOut(sql);
		Matcher keyword = KEYWORD.matcher(code);
		while (keyword.find()) {
			if (!keyword.group().equals(keyword.group().toUpperCase(Locale.ROOT))) {
				problems.add(
						name + " line " + lineOf(code, keyword.start()) + ": '" + keyword.group() + "' not upper case");
			}
		}
		Matcher aggregate = AGGREGATE.matcher(code);
		while (aggregate.find()) {
			if (ORDER_BY.matcher(topLevel(code, aggregate.end())).find()) {
				problems.add(name + " line " + lineOf(code, aggregate.start()) + ": ORDER BY inside "
						+ aggregate.group().replaceAll("\\s", ""));
			}
		}
		return problems;
	}

	private static int lineOf(String code, int index) {
		return (int) code.substring(0, index).chars().filter((c) -> c == '\n').count() + 1;
	}

	/**
	 * The arguments of the call whose parenthesis opens before {@code from}, nested calls
	 * left out.
	 */
	private static String topLevel(String code, int from) {
		StringBuilder arguments = new StringBuilder();
		int depth = 1;
		for (int i = from; i < code.length() && depth > 0; i++) {
			char c = code.charAt(i);
			depth += (c == '(') ? 1 : (c == ')') ? -1 : 0;
			if (depth == 1 && c != ')') {
				arguments.append(c);
			}
		}
		return arguments.toString();
	}

	/** Comments and literals become spaces, so lines keep their numbers. */
	private static String blankOut(String sql) {
		return COMMENT_OR_QUOTED.matcher(sql).replaceAll((m) -> m.group().replaceAll("[^\\n]", " "));
	}

}
