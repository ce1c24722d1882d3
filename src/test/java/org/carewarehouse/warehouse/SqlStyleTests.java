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
 * CREATE, SELECT and FROM in capitals (in code, not in comments or literals).
 */
class SqlStyleTests {

	private static final Pattern COMMENT_OR_QUOTED = Pattern.compile("--[^\\n]*|'(?:[^']|'')*'|\"[^\"]*\"");

	private static final Pattern KEYWORD = Pattern.compile("\\b(?i:create|select|from)\\b");

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
		String sql = "create VIEW v AS\n-- from here, select is a word\nSELECT 'select from'\tFROM t \n";
		assertThat(problems("bad.sql", sql)).containsExactly("bad.sql: does not open with a -- comment",
				"bad.sql line 3: tab", "bad.sql line 3: trailing whitespace",
				"bad.sql line 1: 'create' not upper case");
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
				int line = (int) code.substring(0, keyword.start()).chars().filter((c) -> c == '\n').count() + 1;
				problems.add(name + " line " + line + ": '" + keyword.group() + "' not upper case");
			}
		}
		return problems;
	}

	/** Comments and literals become spaces, so lines keep their numbers. */
	private static String blankOut(String sql) {
		return COMMENT_OR_QUOTED.matcher(sql).replaceAll((m) -> m.group().replaceAll("[^\\n]", " "));
	}

}
