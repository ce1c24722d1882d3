package org.carewarehouse.pipeline;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One column of a data contract: how it is named in the file, how it is typed and what
 * values it may hold.
 *
 * @param name the canonical heading
 * @param aliases other headings that mean the same column
 * @param type the declared type
 * @param dateFormats accepted date formats, tried in order (dates only)
 * @param codes canonical code values keyed by their own spelling and by their matching
 * key (codes only)
 * @param pattern a pattern the trimmed value must match, or {@code null}
 * @param expected what the pattern asks for, in words, as reject messages say it
 * @param check the name of a registered field check, or {@code null}
 * @param required whether a value must be present
 * @param identifier whether the value identifies a person and so never leaves the row
 * @param description what the column means
 * @param headingPattern a pattern for headings that vary (e.g. with a parent area), or
 * {@code null}
 */
public record ContractColumn(String name, List<String> aliases, ColumnType type, List<DateTimeFormatter> dateFormats,
		Map<String, String> codes, @Nullable Pattern pattern, @Nullable String expected, @Nullable String check,
		boolean required, boolean identifier, String description, @Nullable Pattern headingPattern) {

	private static final Pattern SPACE_AROUND_PUNCTUATION = Pattern.compile("\\s*([-:/&(),])\\s*");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/**
	 * The key two spellings of one code share: case, spacing and spaces around
	 * punctuation are ignored, so {@code NFA- Other} matches {@code NFA - Other}.
	 * @param value a raw code value
	 * @return its matching key
	 */
	public static String codeKey(String value) {
		String key = SPACE_AROUND_PUNCTUATION.matcher(value.toLowerCase(java.util.Locale.ROOT)).replaceAll("$1");
		return SPACES.matcher(key).replaceAll(" ").trim();
	}

	/**
	 * The canonical code for a value: its own spelling first, then its matching key.
	 * @param value a trimmed value
	 * @return the canonical code, or {@code null} if the value is not a code of this
	 * column
	 */
	public @Nullable String code(String value) {
		String code = this.codes.get(value);
		return (code != null) ? code : this.codes.get(codeKey(value));
	}

}
