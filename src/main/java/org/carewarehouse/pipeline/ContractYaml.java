package org.carewarehouse.pipeline;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A contract file as written: one record per YAML mapping, so that a key no record
 * declares (a typo such as {@code requried}) is refused rather than ignored.
 *
 * @param name the feed name
 * @param description what the extract is
 * @param files glob matching the feed's files
 * @param source the source system's folder name
 * @param extraColumns {@code reject} to refuse files with unknown columns
 * @param columns the declared columns
 * @param dateOrder pairs of date columns in order
 * @param unpivot how a wide file's repeated columns become rows
 * @param controlTotal the decimal column summed per file
 * @param recordKey the column holding the row's key in the source system
 * @param councilColumn the column holding the council's GSS code
 * @param yearColumn the column holding the financial year
 * @param snapshotColumn the date column holding the snapshot's date
 * @param resubmissions {@code replace} where a {@code -r2} file takes its original's
 * place
 * @param unique the columns whose values a file holds once
 */
record ContractYaml(String name, @Nullable String description, String files, String source,
		@Nullable String extraColumns, List<Column> columns, @Nullable List<List<String>> dateOrder,
		@Nullable Unpivot unpivot, @Nullable String controlTotal, @Nullable String recordKey,
		@Nullable String councilColumn, @Nullable String yearColumn, @Nullable String snapshotColumn,
		@Nullable String resubmissions, @Nullable List<String> unique) {

	/**
	 * One column as written; see {@link ContractColumn} for the meaning of each key.
	 *
	 * @param name the canonical heading
	 * @param aliases other headings
	 * @param type the declared type, {@code string} if absent
	 * @param formats accepted date formats
	 * @param codes the code list
	 * @param codeAliases other spellings of codes, mapped to the code
	 * @param pattern a pattern the value must match
	 * @param expected what the pattern asks for, in words, for reject messages
	 * @param check a registered field check
	 * @param required whether a value must be present
	 * @param identifier whether the value identifies a person
	 * @param description what the column means
	 * @param headingPattern a pattern for headings that vary
	 */
	record Column(String name, @Nullable List<String> aliases, @Nullable String type, @Nullable List<String> formats,
			@Nullable List<String> codes, @Nullable Map<String, String> codeAliases, @Nullable String pattern,
			@Nullable String expected, @Nullable String check, @Nullable Boolean required, @Nullable Boolean identifier,
			@Nullable String description, @Nullable String headingPattern) {

	}

	/**
	 * The unpivot section as written; see {@link Contract.Unpivot}.
	 *
	 * @param headings the pattern the repeated headings match
	 * @param key the column receiving the captured part of the heading
	 * @param value the column receiving the cell
	 */
	record Unpivot(String headings, String key, String value) {

	}

}
