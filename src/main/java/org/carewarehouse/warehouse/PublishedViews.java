package org.carewarehouse.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

/**
 * The data dictionary's section on the published zone: each view of the schema
 * {@code published} with what its model's opening comment says of it, read from the same
 * SQL files the catalog builds.
 */
final class PublishedViews {

	private static final Pattern VIEW = Pattern.compile("(?i)CREATE\\s+OR\\s+REPLACE\\s+VIEW\\s+published\\.(\\w+)");

	private static final Pattern OPENING_COMMENT = Pattern.compile("\\A((?:--[^\\n]*\\n)+)");

	private PublishedViews() {
	}

	/**
	 * Appends the section.
	 * @param out the dictionary being written
	 */
	static void render(StringBuilder out) {
		out.append("\n## Published zone\n\nViews of the schema `published`: aggregates with small counts suppressed, ")
			.append("the only part of the warehouse `java -jar target/care-warehouse.jar export --to=DIR` copies out. ")
			.append("Every other table and view is in the default schema `main`, the council's restricted zone.\n\n")
			.append("| view | what |\n|---|---|\n");
		for (Resource model : Catalog.resources(java.util.List.of("sql/published"))) {
			String sql = text(model);
			Matcher view = VIEW.matcher(sql);
			if (view.find()) {
				out.append("| `published.")
					.append(view.group(1))
					.append("` | ")
					.append(description(sql))
					.append(" |\n");
			}
		}
	}

	private static String description(String sql) {
		Matcher comment = OPENING_COMMENT.matcher(sql);
		if (!comment.find()) {
			return "";
		}
		return comment.group(1).replaceAll("(?m)^--\\s?", "").replace("\n", " ").replace("|", "\\|").strip();
	}

	private static String text(Resource model) {
		try {
			return model.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + model.getFilename(), ex);
		}
	}

}
