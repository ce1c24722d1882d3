package org.carewarehouse.pipeline;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The column a contract sums for its control total, read from raw rows the way the
 * contract validator reads a decimal, so that a rejected row's value counts too.
 */
final class ControlColumn {

	private final @Nullable String name;

	private final int position;

	ControlColumn(Contract contract) {
		this.name = contract.controlTotal();
		this.position = (this.name != null) ? contract.indexByName().get(this.name) : -1;
	}

	/**
	 * The column's name.
	 * @return the name, or {@code null} when the contract declares no control total
	 */
	@Nullable String name() {
		return this.name;
	}

	boolean declared() {
		return this.name != null;
	}

	/**
	 * The row's value in the column.
	 * @param row a row as read
	 * @return the value, or {@code null} if blank or not a decimal
	 */
	@Nullable BigDecimal value(RawRow row) {
		String raw = (this.position < row.values().length) ? row.values()[this.position] : null;
		return (raw != null) ? ContractValidator.decimalOrNull(raw) : null;
	}

}
