package org.carewarehouse.reports;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The options of {@code report}.
 */
@Command(name = "report",
		description = "Write every council's board and data quality reports from the published " + "catalog.")
public final class ReportOptions {

	@Option(names = "--out", paramLabel = "DIR", description = "The folder to write them to (default reports).")
	private Path out = Path.of("reports");

	public Path out() {
		return this.out;
	}

}
