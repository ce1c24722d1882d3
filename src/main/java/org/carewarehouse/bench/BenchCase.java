package org.carewarehouse.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A benchmark case: one feed's sample files repeated to the requested rows, the nightly
 * job run on them alone, and DuckDB's COPY of the same files with the feed's column types
 * ({@code bench-duckdb-copy-<feed>.sql}).
 *
 * @param name the case's name in the results
 * @param system the source system's folder
 * @param prefix the feed's file name prefix
 * @param copy the feed whose COPY script reads the files
 * @param oneFile whether all rows go to one file
 */
record BenchCase(String name, String system, String prefix, String copy, boolean oneFile) {

	/**
	 * Services as real extracts come (a file per council and year), the ledger, and one
	 * large file.
	 */
	static final List<BenchCase> ALL = List.of(
			new BenchCase("services", "case-management", "services-", "services", false),
			new BenchCase("ledger", "finance", "ledger-", "ledger", false),
			new BenchCase("services_one_file", "case-management", "services-", "services", true));

	Path write(Path samples, Path target, long rows) throws IOException {
		BenchInput.write(samples, target, this.system, this.prefix, rows, this.oneFile);
		return target;
	}

}
