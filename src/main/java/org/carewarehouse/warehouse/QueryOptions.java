package org.carewarehouse.warehouse;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The options of {@code query}.
 */
@Command(name = "query",
		description = "Run one read-only SELECT against the published warehouse and print tab-separated rows.")
public final class QueryOptions {

	@Parameters(arity = "1", paramLabel = "SQL", description = "One SELECT statement.")
	private String sql = "";

	public String sql() {
		return this.sql;
	}

}
