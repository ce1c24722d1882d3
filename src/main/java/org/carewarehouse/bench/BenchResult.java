package org.carewarehouse.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One measured phase of a benchmark case: the nightly job's load, publish or reports,
 * DuckDB's own COPY of the same files, or the floor of a load done inside DuckDB, with
 * the ratio of its time to the COPY's.
 *
 * @param feed the case, e.g. {@code services}
 * @param phase {@code load}, {@code publish}, {@code reports}, {@code duckdb_copy} or
 * {@code duckdb_floor}
 * @param rows rows read
 * @param seconds elapsed seconds
 * @param process the process over the phase: peak heap in use, the largest heap a
 * collection left, peak resident memory (JVM and DuckDB), and the CPU seconds of the
 * whole process, of the JIT compilers and of the collector, each written as blank where
 * not known
 * @param peakDuckDbMb the most memory DuckDB held, MiB: COPY's, the floor's, or the
 * publish's catalog build; -1 for the load, which does not use DuckDB, and the reports,
 * written as blank
 * @param ratio seconds / the DuckDB COPY's seconds, or NaN where there is no COPY (a
 * whole sample), written as blank
 */
record BenchResult(String feed, String phase, long rows, double seconds, ProcessSampler.Window process,
		long peakDuckDbMb, double ratio) {

	static final String HEADER = "feed,phase,rows,seconds,rows_per_second,peak_heap_mb,peak_heap_after_gc_mb,"
			+ "peak_resident_mb,peak_duckdb_mb,ratio_to_duckdb_copy,cpu_seconds,jit_cpu_seconds,gc_cpu_seconds";

	double rowsPerSecond() {
		return (this.seconds > 0) ? this.rows / this.seconds : 0;
	}

	String csv() {
		return String.format(Locale.ROOT, "%s,%s,%d,%.3f,%.0f,%d,%s,%d,%s,%s,%s,%s,%s", this.feed, this.phase,
				this.rows, this.seconds, rowsPerSecond(), this.process.heapMb(),
				blankIfNegative(this.process.heapAfterGcMb()), this.process.residentMb(),
				blankIfNegative(this.peakDuckDbMb), decimal(this.ratio, "%.2f"),
				decimal(this.process.cpuSeconds(), "%.1f"), decimal(this.process.compilerSeconds(), "%.1f"),
				decimal(this.process.collectorSeconds(), "%.1f"));
	}

	private static String blankIfNegative(long value) {
		return (value < 0) ? "" : String.valueOf(value);
	}

	private static String decimal(double value, String format) {
		return Double.isNaN(value) ? "" : String.format(Locale.ROOT, format, value);
	}

	static void write(List<BenchResult> results, Path file, PrintStream out) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add(HEADER);
		results.forEach((result) -> lines.add(result.csv()));
		if (file.toAbsolutePath().getParent() != null) {
			Files.createDirectories(file.toAbsolutePath().getParent());
		}
		Files.write(file, lines);
		lines.forEach(out::println);
		out.println("Written to " + file.toAbsolutePath());
	}

}
