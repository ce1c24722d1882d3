package org.carewarehouse.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A row that passed its contract, with each value converted to its declared type.
 */
public final class TypedRow {

	private final Map<String, Integer> index;

	private final long line;

	private final @Nullable Object[] values;

	private final @Nullable String[] raw;

	private final List<Reject> warnings = new ArrayList<>();

	TypedRow(Map<String, Integer> index, long line, @Nullable Object[] values, @Nullable String[] raw) {
		this.index = index;
		this.line = line;
		this.values = values;
		this.raw = raw;
	}

	/**
	 * The line the row starts on.
	 * @return the line number
	 */
	public long line() {
		return this.line;
	}

	public @Nullable String string(String column) {
		return (String) value(column);
	}

	public @Nullable LocalDate date(String column) {
		return (LocalDate) value(column);
	}

	public @Nullable BigDecimal decimal(String column) {
		return (BigDecimal) value(column);
	}

	public @Nullable Double number(String column) {
		return (Double) value(column);
	}

	public @Nullable Long integer(String column) {
		return (Long) value(column);
	}

	/**
	 * The value as it stood in the file, trimmed: for code columns the spelling before
	 * normalisation.
	 * @param column the canonical column name
	 * @return the raw value, or {@code null} if blank
	 */
	public @Nullable String raw(String column) {
		return this.raw[position(column)];
	}

	/**
	 * Records a rule the row broke in a way the mapper corrected: the row still loads and
	 * the warning goes to the rejects table beside it.
	 * @param rule the rule
	 * @param column the column corrected
	 * @param message what was corrected
	 * @param value the value as sent, or {@code null} where it identifies a person
	 */
	public void warn(Rule rule, String column, String message, @Nullable String value) {
		this.warnings.add(new Reject("", "", this.line, column, rule.code(), message, value, Reject.Severity.WARNING));
	}

	/**
	 * The warnings recorded by {@link #warn}.
	 * @return the warnings, without feed or file
	 */
	public List<Reject> warnings() {
		return List.copyOf(this.warnings);
	}

	private @Nullable Object value(String column) {
		return this.values[position(column)];
	}

	private int position(String column) {
		Integer position = this.index.get(column);
		if (position == null) {
			throw new IllegalArgumentException("No column '" + column + "' in the contract");
		}
		return position;
	}

}
