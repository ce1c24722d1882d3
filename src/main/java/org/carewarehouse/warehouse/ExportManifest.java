package org.carewarehouse.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What an export holds, written beside it as {@code README.md} for people and
 * {@code manifest.csv} for machines: each view's file, rows and columns, the business
 * date and the suppression threshold.
 *
 * @param asOf the business date the figures run to
 * @param suppressionThreshold counts from 1 to this show as {@code [c]}
 * @param views the views exported, by name
 */
record ExportManifest(String asOf, int suppressionThreshold, List<View> views) {

	/** The machine-readable manifest; its presence marks a folder as an export. */
	static final String MANIFEST = "manifest.csv";

	static final String README = "README.md";

	/**
	 * One exported view.
	 *
	 * @param name the view's name in the schema {@code published}
	 * @param file its Parquet file, relative to the export
	 * @param rows its rows
	 * @param columns its columns in order
	 */
	record View(String name, String file, long rows, List<String> columns) {

	}

	/**
	 * Writes the README and the manifest into an export's folder.
	 * @param folder the folder
	 * @throws IOException if they cannot be written
	 */
	void writeInto(Path folder) throws IOException {
		StringBuilder csv = new StringBuilder("view,file,rows,columns\n");
		StringBuilder table = new StringBuilder("| view | file | rows | columns |\n|---|---|---|---|\n");
		for (View view : this.views) {
			csv.append(view.name())
				.append(',')
				.append(view.file())
				.append(',')
				.append(view.rows())
				.append(",\"")
				.append(String.join(" ", view.columns()))
				.append("\"\n");
			table.append("| `published.")
				.append(view.name())
				.append("` | `")
				.append(view.file())
				.append("` | ")
				.append(view.rows())
				.append(" | ")
				.append(String.join(", ", view.columns()))
				.append(" |\n");
		}
		Files.writeString(folder.resolve(MANIFEST), csv, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve(README), readme(table), StandardCharsets.UTF_8);
	}

	private String readme(CharSequence table) {
		return String.format(Locale.ROOT, """
				# Published social care figures

				The published zone of the care warehouse, as at %s: aggregates for sharing outside
				the council. No row names a person, an event, a commitment, a source file or line or a
				cost centre. Counts from 1 to %d are suppressed and show as `[c]` (zero is shown), and
				so is the next smallest cell where one alone would give a hidden one away.

				Each view is a Parquet file here, and a table of the same name in the schema `published`
				of `%s`, which needs nothing beside it:

				```
				duckdb -readonly %s "SELECT * FROM published.indicator_figures LIMIT 10"
				```

				%s""", this.asOf, this.suppressionThreshold, PublishedExport.CATALOG, PublishedExport.CATALOG, table);
	}

}
