package org.carewarehouse.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.springframework.core.io.ClassPathResource;

/**
 * Renders the views of a published catalog as Markdown: each view with its comment, each
 * column with its type and comment, read back from the catalog itself so the dictionary
 * says exactly what an analyst's client sees.
 */
public final class ViewDictionary {

	/** The heading the views section starts with. */
	public static final String HEADING = "\n## Views\n";

	private final Catalog catalog;

	/**
	 * @param catalog the published catalog to describe
	 */
	public ViewDictionary(Catalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * The views section.
	 * @return Markdown text
	 * @throws SQLException if the catalog cannot be read
	 */
	public String render() throws SQLException {
		StringBuilder out = new StringBuilder(HEADING);
		out.append("\nEvery view of the catalog, as `duckdb_views()` and `duckdb_columns()` describe it: ")
			.append("a view's comment comes from its model's header, a column's from `warehouse/glossary.csv`.\n");
		Catalog.Rows columns = this.catalog.read(text("dictionary_views.sql"));
		String view = null;
		for (int i = 0; i < columns.values().size(); i++) {
			if (!columns.get(i, "view_name").equals(view)) {
				view = (String) columns.get(i, "view_name");
				out.append("\n### ").append(view).append("\n\n").append(cell(columns.get(i, "view_comment")));
				out.append("\n\n| column | type | meaning |\n|---|---|---|\n");
			}
			out.append("| ")
				.append(columns.get(i, "column_name"))
				.append(" | ")
				.append(columns.get(i, "data_type"))
				.append(" | ")
				.append(cell(columns.get(i, "column_comment")))
				.append(" |\n");
		}
		return out.toString();
	}

	private static String cell(Object text) {
		return (text == null) ? "" : text.toString().replace("|", "\\|").replace("\n", " ");
	}

	private static String text(String name) {
		try {
			return new ClassPathResource(name, ViewDictionary.class).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + name, ex);
		}
	}

}
