package org.carewarehouse.pipeline;

/**
 * Turns a row that passed its contract into a feed's typed record, applying the rules
 * that need domain knowledge. Must be pure: no I/O and no shared state.
 *
 * @param <T> the typed record
 */
@FunctionalInterface
public interface RowMapper<T> {

	/**
	 * Maps one row.
	 * @param row the contract-checked row
	 * @return the record
	 * @throws RowRejectedException if the row breaks a domain rule
	 */
	T map(TypedRow row) throws RowRejectedException;

}
