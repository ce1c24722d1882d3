package org.carewarehouse.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows for a feed's tests, built by column name: each value goes under its heading
 * whatever the contract's column order, and an empty value is a blank cell.
 */
public final class ContractRows {

	private ContractRows() {
	}

	/**
	 * A row as read from line 2 of an extract.
	 * @param contract the contract whose columns the row has
	 * @param values values by column name; a name the contract lacks fails the test
	 * @return the row
	 */
	public static RawRow raw(Contract contract, Map<String, String> values) {
		Map<String, Integer> index = contract.indexByName();
		String[] cells = new String[index.size()];
		values.forEach((name, value) -> {
			Integer column = index.get(name);
			if (column == null) {
				throw new IllegalArgumentException(contract.name() + " has no column '" + name + "'");
			}
			cells[column] = (value == null || value.isEmpty()) ? null : value;
		});
		return new RawRow(2, cells, cells.length, cells.length);
	}

	/**
	 * A row of defaults with a test's changes, checked against its contract.
	 * @param contract the contract
	 * @param defaults values by column name that make a valid row
	 * @param changes the values the test changes, by column name
	 * @param checks the named checks the contract's columns ask for
	 * @return the typed row
	 * @throws RowRejectedException if the row breaks the contract
	 */
	public static TypedRow typed(Contract contract, Map<String, String> defaults, Map<String, String> changes,
			FieldCheck... checks) throws RowRejectedException {
		Map<String, String> values = new HashMap<>(defaults);
		values.putAll(changes);
		return typed(contract, values, checks);
	}

	/**
	 * What a row broke, for a mapping that must reject it.
	 * @param mapping checks and maps the row
	 * @return the rejects
	 */
	public static List<Reject> rejectsOf(Mapping mapping) {
		try {
			mapping.map();
		}
		catch (RowRejectedException ex) {
			return ex.rejects();
		}
		throw new AssertionError("The row was not rejected");
	}

	/**
	 * A row checked against its contract.
	 * @param contract the contract
	 * @param values values by column name
	 * @param checks the named checks the contract's columns ask for
	 * @return the typed row
	 * @throws RowRejectedException if the row breaks the contract
	 */
	public static TypedRow typed(Contract contract, Map<String, String> values, FieldCheck... checks)
			throws RowRejectedException {
		return new ContractValidator(contract, List.of(checks)).validate(raw(contract, values));
	}

	/**
	 * Checks and maps one row, which may reject it.
	 */
	@FunctionalInterface
	public interface Mapping {

		Object map() throws RowRejectedException;

	}

}
