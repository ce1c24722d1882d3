package org.carewarehouse.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The glossary holds no stale entry and misses no column the Parquet tables give the
 * views. That every view column of a built catalog has a comment is checked at every
 * publish ({@code warehouse/tests/views_documented.sql}).
 */
class GlossaryTests {

	private static final Pattern TABLE_COLUMN = Pattern
		.compile("\\.(?:required|optional|partition)\\(\\s*\"([a-z_0-9]+)\"");

	private final Glossary glossary = Glossary.load();

	@Test
	void everyNameIsAColumnOfSomeView() throws IOException {
		String models = text(Path.of("warehouse/sql"), ".sql");
		String referenceHeaders = String.join("\n",
				files(Path.of("warehouse/reference"), ".csv").stream()
					.map((f) -> read(f).lines().findFirst().orElse(""))
					.toList());
		Set<String> tableColumns = tableColumns();
		List<String> stale = this.glossary.descriptions()
			.keySet()
			.stream()
			.filter((name) -> !word(name).matcher(models).find() && !word(name).matcher(referenceHeaders).find()
					&& !tableColumns.contains(name))
			.toList();
		assertThat(stale).as("glossary names no view has").isEmpty();
	}

	@Test
	void everyParquetTableColumnIsDescribed() throws IOException {
		assertThat(this.glossary.descriptions().keySet()).containsAll(tableColumns());
	}

	@Test
	void descriptionsAreSentences() {
		assertThat(this.glossary.descriptions()
			.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue().matches("^[A-Z0-9'(].*[.)]$"))
			.map(Map.Entry::getKey)
			.toList()).as("descriptions not written as a sentence").isEmpty();
	}

	private static Set<String> tableColumns() throws IOException {
		Set<String> names = new TreeSet<>();
		Matcher column = TABLE_COLUMN.matcher(text(Path.of("src/main/java"), ".java"));
		while (column.find()) {
			names.add(column.group(1));
		}
		return names;
	}

	private static Pattern word(String name) {
		return Pattern.compile("\\b" + name + "\\b");
	}

	private static String text(Path folder, String ending) throws IOException {
		return String.join("\n", files(folder, ending).stream().map(GlossaryTests::read).toList());
	}

	private static List<Path> files(Path folder, String ending) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter((f) -> f.toString().endsWith(ending)).sorted().toList();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
