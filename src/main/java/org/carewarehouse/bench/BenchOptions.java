package org.carewarehouse.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The options of {@code bench}.
 */
@Command(name = "bench",
		description = "Time the load and the publish of the services and ledger feeds, and one large file, against DuckDB's COPY of the same files.")
public final class BenchOptions {

	@Option(names = "--rows", paramLabel = "N", description = "Rows to load (default 1000000).")
	private long rows = 1_000_000;

	@Option(names = "--output", paramLabel = "FILE",
			description = "Where to write the results as CSV (default bench-results.csv).")
	private Path output = Path.of("bench-results.csv");

	@Option(names = "--sources", paramLabel = "DIR", description = "The sample's sources folder (default sample-data).")
	private Path sources = Path.of("sample-data");

	@Option(names = "--scales", paramLabel = "N[,N...]", split = ",",
			description = "Also run the whole nightly job on the sample generated at each scale, e.g. 1,4,16 (default none).")
	private List<Integer> scales = new ArrayList<>();

	public long rows() {
		return this.rows;
	}

	public Path output() {
		return this.output;
	}

	public Path sources() {
		return this.sources;
	}

	public List<Integer> scales() {
		return this.scales;
	}

}
