package org.carewarehouse.children;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.ContractValidator;
import org.carewarehouse.pipeline.RawRow;
import org.carewarehouse.pipeline.TypedRow;
import org.carewarehouse.privacy.Pseudonymiser;

/**
 * Builds contract-checked SSDA903 rows for the mapper tests, from CSV lines in the
 * contracts' column order.
 */
final class Ssda903Rows {

	static final Pseudonymiser PSEUDONYMISER = new Pseudonymiser(
			"placements-unit-tests-key-0123456789".getBytes(StandardCharsets.UTF_8));

	private Ssda903Rows() {
	}

	static TypedRow header(String csv) throws Exception {
		return row("ssda903-header", csv);
	}

	static TypedRow episode(String csv) throws Exception {
		return row("ssda903-episodes", csv);
	}

	private static TypedRow row(String contract, String csv) throws Exception {
		String[] fields = csv.split(",", -1);
		String[] values = new String[fields.length];
		for (int i = 0; i < fields.length; i++) {
			values[i] = fields[i].isBlank() ? null : fields[i].trim();
		}
		return new ContractValidator(ContractLoader.load(contract), List.of())
			.validate(new RawRow(2, values, values.length, values.length));
	}

}
