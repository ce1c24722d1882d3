package org.carewarehouse.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Checks rows against a contract and types their values; every broken rule of a row is
 * reported, not just the first.
 */
public final class ContractValidator {

	/** Thousands separators that cannot be a decimal comma: 1,234.50 or 1,234,567. */
	private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+\\.\\d+|[-+]?\\d{1,3}(,\\d{3}){2,}");

	/**
	 * Words shaped like a personal name (Smith, O'Neil, Mary-Jane Smith): a rejected
	 * value of this shape, in a column the row may have shifted into, is stored masked.
	 */
	private static final Pattern NAME_SHAPED = Pattern
		.compile("\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*( \\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*){0,2}");

	/** Largest magnitude DECIMAL(18,2) holds: 16 digits before the point. */
	private static final int DECIMAL_INTEGER_DIGITS = Table.DECIMAL_PRECISION - Table.DECIMAL_SCALE;

	/**
	 * Spellings of codes kept per column: enough for any code list, bounded for free
	 * text.
	 */
	private static final int MAX_SPELLINGS = 4096;

	/** The format most extracts use, parsed by hand ({@link IsoDates}). */
	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd");

	private final Contract contract;

	private final Map<String, Integer> index;

	private final Map<String, FieldCheck> checks;

	private final FieldCheck[] identifierChecks;

	/** Per column: whether ISO dates (yyyy-MM-dd) are its first accepted format. */
	private final boolean[] isoFirst;

	/**
	 * Per code column: each value met and the code it means (empty if none), so that a
	 * spelling's matching key ({@link ContractColumn#codeKey}) is worked out once, not
	 * once per row.
	 */
	private final List<Map<String, Optional<String>>> spellings;

	/** What the file's name says every row holds, by column. */
	private final Map<String, String> namedBy;

	/** Positions of the contract's unique key's columns. */
	private final int[] unique;

	/**
	 * Creates a validator that holds rows to nothing a file's name says.
	 * @param contract the contract
	 * @param checks the field checks contracts may name
	 */
	public ContractValidator(Contract contract, List<FieldCheck> checks) {
		this(contract, checks, Map.of());
	}

	/**
	 * Creates a validator for one file.
	 * @param contract the contract
	 * @param checks the field checks contracts may name
	 * @param namedBy the council and year the file's name holds, by column
	 * ({@link Contract#namedBy}), which every row must hold
	 */
	public ContractValidator(Contract contract, List<FieldCheck> checks, Map<String, String> namedBy) {
		this.contract = contract;
		this.namedBy = namedBy;
		this.index = contract.indexByName();
		this.unique = contract.unique().stream().mapToInt(this.index::get).toArray();
		this.checks = checks.stream().collect(Collectors.toMap(FieldCheck::name, Function.identity()));
		this.identifierChecks = this.checks.values().toArray(FieldCheck[]::new);
		this.isoFirst = new boolean[contract.columns().size()];
		for (int i = 0; i < this.isoFirst.length; i++) {
			List<DateTimeFormatter> formats = contract.columns().get(i).dateFormats();
			this.isoFirst[i] = !formats.isEmpty() && formats.get(0).toString().equals(ISO.toString());
		}
		this.spellings = contract.columns()
			.stream()
			.<Map<String, Optional<String>>>map((c) -> new ConcurrentHashMap<>())
			.toList();
		contract.columns().stream().filter((c) -> c.check() != null).forEach((c) -> {
			if (!this.checks.containsKey(c.check())) {
				throw new IllegalStateException(
						"Contract " + contract.name() + " column '" + c.name() + "' names unknown check " + c.check());
			}
		});
	}

	Contract contract() {
		return this.contract;
	}

	/**
	 * Validates one row.
	 * @param row the row as read
	 * @return the typed row
	 * @throws RowRejectedException listing every rule the row breaks
	 */
	public TypedRow validate(RawRow row) throws RowRejectedException {
		return validate(row, null);
	}

	/**
	 * Validates one row, which may repeat an earlier row's unique key.
	 * @param row the row as read
	 * @param repeats the line of the first row of the file with the row's unique key
	 * ({@link #uniqueKey}) when that is not the row itself, or {@code null}
	 * @return the typed row
	 * @throws RowRejectedException listing every rule the row breaks
	 */
	public TypedRow validate(RawRow row, @Nullable Long repeats) throws RowRejectedException {
		if (row.fieldCount() != row.headerCount()) {
			throw new RowRejectedException(List.of(new Reject("", "", row.line(), null, RowRule.FIELD_COUNT.code(),
					"row has " + row.fieldCount() + " fields, header has " + row.headerCount(), null)));
		}
		List<Reject> rejects = new ArrayList<>();
		@Nullable Object[] typed = new Object[this.contract.columns().size()];
		for (int i = 0; i < typed.length; i++) {
			typed[i] = typed(i, row.values()[i], row.line(), rejects);
		}
		checkDateOrder(typed, row.line(), rejects);
		checkNamedBy(typed, row.line(), rejects);
		if (repeats != null) {
			rejects.add(repeated(row, repeats));
		}
		if (!rejects.isEmpty()) {
			throw new RowRejectedException(rejects);
		}
		return new TypedRow(this.index, row.line(), typed, row.values());
	}

	/**
	 * A row's values of the contract's unique key as they load: trimmed, typed, a code in
	 * its canonical spelling, a date whatever its accepted format; a blank matches a
	 * blank.
	 * @param row the row as read
	 * @return the key, or {@code null} where the row cannot be compared: its fields
	 * shifted, or a value of the key breaking a rule of its own, which rejects the row
	 * anyway
	 */
	@Nullable List<Object> uniqueKey(RawRow row) {
		if (row.fieldCount() != row.headerCount()) {
			return null;
		}
		List<Reject> broken = new ArrayList<>(0);
		List<Object> key = new ArrayList<>(this.unique.length);
		for (int at : this.unique) {
			Object value = typed(at, row.values()[at], row.line(), broken);
			// 1.5 and 1.50 load as one value
			key.add((value instanceof BigDecimal decimal) ? decimal.stripTrailingZeros() : value);
		}
		return broken.isEmpty() ? key : null;
	}

	/**
	 * A row repeating an earlier row's unique key, which loaded or was rejected in its
	 * turn: the message names that row's line and the key's columns, never their values,
	 * and a one-column key's value is stored as rejected values are.
	 */
	private Reject repeated(RawRow row, long first) {
		List<String> key = this.contract.unique();
		String names = key.stream().map((name) -> "'" + name + "'").collect(Collectors.joining(", "));
		String message = names + ((key.size() == 1) ? " is" : " are") + " the same as on line " + first
				+ " (the contract's unique key: a file holds each key once, and a row repeating one is rejected)";
		if (key.size() > 1) {
			return new Reject("", "", row.line(), null, RowRule.REPEATED_KEY.code(), message, null);
		}
		int at = this.unique[0];
		return reject(this.contract.columns().get(at), row.line(), RowRule.REPEATED_KEY, message, row.values()[at]);
	}

	private @Nullable Object typed(int index, @Nullable String value, long line, List<Reject> rejects) {
		ContractColumn column = this.contract.columns().get(index);
		if (value == null) {
			if (column.required()) {
				rejects.add(reject(column, line, RowRule.REQUIRED, "'" + column.name() + "' is required", null));
			}
			return null;
		}
		if (value.indexOf('\uFFFD') >= 0) {
			rejects.add(reject(column, line, RowRule.NOT_UTF8,
					"'" + column.name() + "' holds bytes that are not UTF-8; save the extract as UTF-8", null));
			return null;
		}
		int control = control(value);
		if (control >= 0) {
			String message = String.format(Locale.ROOT, "'%s' holds the control character U+%04X at character %d",
					column.name(), (int) value.charAt(control), control + 1);
			rejects.add(reject(column, line, RowRule.CONTROL_CHARACTER, message, null));
			return null;
		}
		FieldCheck identifier = column.identifier() ? null : identifierIn(value);
		if (identifier != null) {
			rejects.add(reject(column, line, RowRule.IDENTIFIER_ELSEWHERE, "'" + column.name()
					+ "' holds a value that passes the " + identifier.name() + " check; only its shape is stored",
					value));
			return null;
		}
		try {
			Object typed = convert(index, column, value);
			checkForm(column, value, line, rejects);
			return typed;
		}
		catch (RuleBrokenException ex) {
			rejects.add(reject(column, line, ex.rule, "'" + shown(column, value) + "' " + ex.getMessage(), value));
			return null;
		}
	}

	/**
	 * Where a value holds a control character: below a space but for a tab, a line feed
	 * and a carriage return (a quoted value may hold a line break), or DEL. An identifier
	 * with a NUL in it would key a second person, and a code with one match nothing.
	 * @return the character's index, or -1
	 */
	private static int control(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < ' ' && c != '\t' && c != '\n' && c != '\r') || c == '\u007F') {
				return i;
			}
		}
		return -1;
	}

	private @Nullable FieldCheck identifierIn(String value) {
		for (FieldCheck check : this.identifierChecks) {
			if (check.recognises(value)) {
				return check;
			}
		}
		return null;
	}

	/**
	 * Whether a value may be stored in {@code rejects} as it is: not one that looks like
	 * an identifier or a name, whatever column it arrived in ({@link RejectedValue} masks
	 * those).
	 * @param value a rejected value
	 * @return {@code true} if it may be stored
	 */
	boolean storable(String value) {
		return !NAME_SHAPED.matcher(value).matches() && identifierIn(value) == null;
	}

	/** An identifying value stays out of the message as well as the value. */
	private String shown(ContractColumn column, String value) {
		return (column.identifier() || !storable(value)) ? column.name() : value;
	}

	private Object convert(int index, ContractColumn column, String value) {
		return switch (column.type()) {
			case STRING -> value;
			case INTEGER -> parseInteger(value);
			case DECIMAL -> parseExactDecimal(value);
			case NUMBER -> parseNumber(value);
			case DATE, TIMESTAMP -> parseDate(this.isoFirst[index], column.dateFormats(), value);
			case CODE -> code(column, this.spellings.get(index), value);
		};
	}

	private void checkForm(ContractColumn column, String value, long line, List<Reject> rejects) {
		if (column.pattern() != null && !column.pattern().matcher(value).matches()) {
			rejects.add(reject(column, line, RowRule.PATTERN, "'" + column.name() + "' must be " + column.expected(),
					value));
		}
		FieldCheck check = (column.check() != null) ? this.checks.get(column.check()) : null;
		if (check != null && !check.test(value)) {
			rejects.add(reject(column, line, check.rule(), "'" + column.name() + "' fails " + check.name() + " check",
					value));
		}
	}

	/**
	 * A row of another council, year or snapshot month than the file's name holds; a
	 * blank or malformed value has its own rule already, and a year that is none
	 * (2023-25) the feed's.
	 */
	private void checkNamedBy(@Nullable Object[] typed, long line, List<Reject> rejects) {
		this.namedBy.forEach((name, expected) -> {
			int at = this.index.get(name);
			ContractColumn column = this.contract.columns().get(at);
			boolean broken = rejects.stream().anyMatch((reject) -> column.name().equals(reject.column()));
			Object value = typed[at];
			// a snapshot's date is held to the name's month
			String held = (value instanceof LocalDate date) ? YearMonth.from(date).toString()
					: (value instanceof String text) ? text : null;
			if (held != null && !broken && !held.equals(expected)
					&& (!name.equals(this.contract.yearColumn()) || Contract.isFinancialYear(held))) {
				rejects.add(reject(column, line, RowRule.NOT_AS_NAMED,
						"'" + column.name() + "' is " + value + ", but the file's name holds " + expected,
						value.toString()));
			}
		});
	}

	private void checkDateOrder(@Nullable Object[] typed, long line, List<Reject> rejects) {
		for (List<String> pair : this.contract.dateOrder()) {
			Object start = typed[this.index.get(pair.get(0))];
			Object end = typed[this.index.get(pair.get(1))];
			if (start instanceof LocalDate from && end instanceof LocalDate to && to.isBefore(from)) {
				ContractColumn startColumn = this.contract.columns().get(this.index.get(pair.get(0)));
				ContractColumn endColumn = this.contract.columns().get(this.index.get(pair.get(1)));
				String message = (startColumn.identifier() || endColumn.identifier())
						? "'" + pair.get(1) + "' is before '" + pair.get(0) + "'"
						: "'" + pair.get(1) + "' " + to + " is before '" + pair.get(0) + "' " + from;
				rejects.add(reject(endColumn, line, RowRule.DATE_ORDER, message, to.toString()));
			}
		}
	}

	private Reject reject(ContractColumn column, long line, Rule rule, String message, @Nullable String value) {
		boolean hidden = column.identifier() || (value != null && !storable(value));
		return new Reject("", "", line, column.name(), rule.code(), message,
				hidden ? RejectedValue.masked(value) : value);
	}

	private static Long parseInteger(String value) {
		try {
			return Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new RuleBrokenException(RowRule.INVALID_INTEGER, "is not a whole number");
		}
	}

	private static BigDecimal parseDecimal(String value) {
		if (value.indexOf(',') >= 0 && !GROUPED.matcher(value).matches()) {
			throw new RuleBrokenException(RowRule.DECIMAL_COMMA,
					"has a comma that may be a decimal or a thousands separator; write 12.50 or 1234");
		}
		BigDecimal decimal = decimalOrNull(value);
		if (decimal == null) {
			throw new RuleBrokenException(RowRule.INVALID_DECIMAL, "is not a decimal number");
		}
		if (decimal.precision() - decimal.scale() > DECIMAL_INTEGER_DIGITS) {
			throw new RuleBrokenException(RowRule.OUT_OF_RANGE,
					"is too large: at most " + DECIMAL_INTEGER_DIGITS + " digits before the point");
		}
		return decimal;
	}

	/**
	 * A decimal column's value, written out in full: a spreadsheet writes an exponent
	 * ({@code 1.2E+07}) for a number it has already rounded, and 12,034,567.89 would have
	 * loaded as 12,000,000.
	 */
	private static BigDecimal parseExactDecimal(String value) {
		if (value.indexOf('e') >= 0 || value.indexOf('E') >= 0) {
			throw new RuleBrokenException(RowRule.INVALID_DECIMAL,
					"is in scientific notation, as a spreadsheet writes a number it has rounded; send the whole number");
		}
		return parseDecimal(value);
	}

	private static double parseNumber(String value) {
		double number = parseDecimal(value).doubleValue();
		if (Double.isInfinite(number)) {
			throw new RuleBrokenException(RowRule.OUT_OF_RANGE, "is too large");
		}
		return number;
	}

	/**
	 * A value as a decimal column reads it, unambiguous thousands separators allowed.
	 * @param value a trimmed value
	 * @return the decimal, or {@code null} if the value is not one
	 */
	static @Nullable BigDecimal decimalOrNull(String value) {
		if (value.indexOf(',') >= 0 && !GROUPED.matcher(value).matches()) {
			return null;
		}
		try {
			return new BigDecimal(value.replace(",", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static LocalDate parseDate(boolean isoFirst, List<DateTimeFormatter> formats, String value) {
		LocalDate iso = isoFirst ? IsoDates.parse(value) : null;
		if (iso != null) {
			return iso;
		}
		for (DateTimeFormatter format : formats) {
			try {
				return LocalDate.parse(value, format);
			}
			catch (DateTimeParseException ex) {
				// try the next accepted format
			}
		}
		throw new RuleBrokenException(RowRule.INVALID_DATE, "is not a real date in an accepted format");
	}

	private static String code(ContractColumn column, Map<String, Optional<String>> spellings, String value) {
		Optional<String> known = spellings.get(value);
		if (known == null) {
			known = Optional.ofNullable(column.code(value));
			if (spellings.size() < MAX_SPELLINGS) {
				spellings.put(value, known);
			}
		}
		String code = known.orElse(null);
		if (code == null) {
			throw new RuleBrokenException(RowRule.UNKNOWN_CODE, "is not a known " + column.name() + " code");
		}
		return code;
	}

	private static final class RuleBrokenException extends RuntimeException {

		private final Rule rule;

		RuleBrokenException(Rule rule, String message) {
			super(message, null, false, false);
			this.rule = rule;
		}

	}

}
