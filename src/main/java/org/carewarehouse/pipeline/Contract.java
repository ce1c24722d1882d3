package org.carewarehouse.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A data contract for one incoming extract: its columns, and the rules that span columns.
 *
 * @param name the feed name, as used in rejects and control totals
 * @param description what the extract is and where it comes from
 * @param filePattern glob matching the feed's files inside its source folder
 * @param sourceFolder the source system's folder name
 * @param rejectExtraColumns whether an unknown column rejects the whole file
 * @param columns the declared columns
 * @param dateOrder pairs of date columns whose second must not fall before the first
 * @param unpivot how a wide file's repeated columns become rows, or {@code null}
 * @param controlTotal the decimal column whose sum over each file must equal the sum
 * loaded plus the sum rejected, or {@code null}
 * @param recordKey the column holding the row's own key in the source system (an event or
 * commitment reference), stored with each reject so that the data owner can find the row,
 * or {@code null}
 * @param councilColumn the column holding the council's GSS code, which must be the one a
 * file's name holds where it holds one ({@link #namedBy}), or {@code null}
 * @param yearColumn the column holding the financial year, which must be the one a file's
 * name holds where it holds one, or {@code null}
 * @param snapshotColumn the date column holding the snapshot's date, whose month must be
 * the one a file's name holds where it holds one, or {@code null}
 * @param resubmissions whether a file named as another plus {@code -r2}, {@code -r3}...
 * is a resubmission that the models put in the other's place (the services and population
 * files); where not, every file's rows count, and such a pair is refused before the night
 * @param unique the columns whose values, as typed, a file holds once: a row repeating an
 * earlier row's is rejected ({@link RowRule#REPEATED_KEY}); empty where repeats may stand
 */
public record Contract(String name, String description, String filePattern, String sourceFolder,
		boolean rejectExtraColumns, List<ContractColumn> columns, List<List<String>> dateOrder,
		@Nullable Unpivot unpivot, @Nullable String controlTotal, @Nullable String recordKey,
		@Nullable String councilColumn, @Nullable String yearColumn, @Nullable String snapshotColumn,
		boolean resubmissions, List<String> unique) {

	/** An English council's GSS code standing alone in a file's name. */
	private static final Pattern GSS_CODE = Pattern.compile("(?<![A-Za-z0-9])E\\d{8}(?![0-9])");

	/**
	 * A financial year (2023-24) or a month (2023-03) standing alone in a file's name.
	 */
	private static final Pattern YEAR_PAIR = Pattern.compile("(?<![0-9])\\d{4}-\\d{2}(?![0-9])");

	/**
	 * Columns of a wide file that become rows: each heading matching {@code headings}
	 * gives one row per record, its first capturing group going to the {@code key} column
	 * and its cell to the {@code value} column (e.g. {@code population_2021} gives a row
	 * with year 2021 and that population).
	 *
	 * @param headings the pattern the repeated headings match
	 * @param key the contract column that receives the captured part of the heading
	 * @param value the contract column that receives the cell
	 */
	public record Unpivot(Pattern headings, String key, String value) {

	}

	/**
	 * What a file's name says of every row in it: the council of the one GSS code it
	 * holds, the financial year of the one year it holds
	 * ({@code ledger-E06000049-2023-24.csv}) and the month of a snapshot
	 * ({@code workers-E06000049-2024-03.csv}), for the columns the contract names. A name
	 * holding no code or two says nothing of the council, and the same for the others.
	 * @param fileName the file's name
	 * @return the value each row must hold, by column
	 */
	public Map<String, String> namedBy(String fileName) {
		Map<String, String> named = new LinkedHashMap<>();
		if (this.councilColumn != null) {
			only(GSS_CODE, fileName).ifPresent((code) -> named.put(this.councilColumn, code));
		}
		if (this.yearColumn != null) {
			only(YEAR_PAIR, fileName).filter(Contract::isFinancialYear)
				.ifPresent((year) -> named.put(this.yearColumn, year));
		}
		if (this.snapshotColumn != null) {
			only(YEAR_PAIR, fileName).filter(Contract::isMonth)
				.ifPresent((month) -> named.put(this.snapshotColumn, month));
		}
		return named;
	}

	/**
	 * Whether a value is a financial year: 2023-24, not 2023-25.
	 * @param value a value
	 * @return {@code true} if it is one
	 */
	public static boolean isFinancialYear(String value) {
		return YEAR_PAIR.matcher(value).matches()
				&& Integer.parseInt(value.substring(5)) == (Integer.parseInt(value.substring(0, 4)) + 1) % 100;
	}

	private static boolean isMonth(String value) {
		int month = Integer.parseInt(value.substring(5));
		return month >= 1 && month <= 12;
	}

	private static Optional<String> only(Pattern pattern, String fileName) {
		List<String> found = pattern.matcher(fileName).results().map(MatchResult::group).distinct().toList();
		return (found.size() == 1) ? Optional.of(found.get(0)) : Optional.empty();
	}

	/**
	 * Index of each column by canonical name.
	 * @return column positions keyed by name
	 */
	public Map<String, Integer> indexByName() {
		// interned: a mapper asks by a string constant, which is interned too, so each
		// lookup of a row's value matches its key by identity, not character by character
		return columns.stream()
			.collect(Collectors.toMap((column) -> column.name().intern(), columns::indexOf, (a, b) -> a,
					LinkedHashMap::new));
	}

	/**
	 * Every heading the contract accepts, aliases included, mapped to its column.
	 * @return columns keyed by lower-cased heading
	 */
	public Map<String, ContractColumn> byHeading() {
		Map<String, ContractColumn> headings = columns.stream()
			.collect(Collectors.toMap(c -> headingKey(c.name()), Function.identity()));
		columns.forEach((c) -> c.aliases().forEach((a) -> headings.put(headingKey(a), c)));
		return headings;
	}

	static String headingKey(String heading) {
		return heading.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
	}

}
