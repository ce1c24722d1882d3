package org.carewarehouse.warehouse;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The options of {@code export}.
 */
@Command(name = "export",
		description = { "Copy the published zone (the schema published: suppressed aggregates, no person, event, "
				+ "source line or cost centre) out of the warehouse, as Parquet files, a self-contained DuckDB file "
				+ "and a README.", "Nothing else in the warehouse leaves." })
public final class ExportOptions {

	@Option(names = "--to", paramLabel = "DIR", required = true,
			description = "The folder to write; outside the warehouse, and new or empty.")
	private Path to;

	@Option(names = "--replace", description = "Replace the previous export in DIR, as a whole.")
	private boolean replace;

	public Path to() {
		return this.to;
	}

	public boolean replace() {
		return this.replace;
	}

}
