package org.carewarehouse.nightly;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The options of {@code bench}.
 */
@Command(name = "bench", description = "Time the nightly load of the sample's services files against DuckDB's COPY.")
public final class BenchOptions {

	@Option(names = "--rows", paramLabel = "N", description = "Rows to load (default 1000000).")
	private long rows = 1_000_000;

	@Option(names = "--runs", paramLabel = "N", description = "Rounds to time (default 3).")
	private int runs = 3;

	@Option(names = "--sources", paramLabel = "DIR", description = "The sample's sources folder (default sample-data).")
	private Path sources = Path.of("sample-data");

	public long rows() {
		return this.rows;
	}

	public int runs() {
		return this.runs;
	}

	public Path sources() {
		return this.sources;
	}

}
