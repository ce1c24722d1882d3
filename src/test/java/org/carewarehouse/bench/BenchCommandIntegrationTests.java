package org.carewarehouse.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.carewarehouse.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bench end to end at a tiny scale: what it writes, not how fast anything was; and
 * its refusal of a folder without the sample.
 */
class BenchCommandIntegrationTests {

	private static final long ROWS = 240;

	@TempDir
	Path work;

	/**
	 * Each case at a tiny size, then the whole sample at scale 1, which the nightly job
	 * loads and publishes with no COPY to compare.
	 */
	@Test
	void everyCaseReportsLoadPublishReportsAndTheCopyOfTheRequestedRows() throws Exception {
		Path output = this.work.resolve("results/bench.csv");
		int exit = new BenchCommand().run(picocli.CommandLine.populateCommand(new BenchOptions(), "--rows=" + ROWS,
				"--output=" + output, "--sources=sample-data", "--scales=1"));
		assertThat(exit).isZero();
		List<String> lines = Files.readAllLines(output);
		assertThat(lines.get(0)).isEqualTo(BenchResult.HEADER);
		List<String[]> rows = lines.subList(1, lines.size()).stream().map((line) -> line.split(",")).toList();
		assertThat(rows).allSatisfy((row) -> assertThat(row).hasSameSizeAs(BenchResult.HEADER.split(",")));
		Map<String, List<String>> phases = rows.stream()
			.collect(Collectors.groupingBy((row) -> row[0], Collectors.mapping((row) -> row[1], Collectors.toList())));
		assertThat(phases).containsOnlyKeys("services", "ledger", "services_one_file", "sample_x1");
		phases.forEach((name, names) -> assertThat(names).as(name)
			.containsExactlyInAnyOrder(name.startsWith("sample_") ? new String[] { "load", "publish", "reports" }
					: new String[] { "duckdb_copy", "duckdb_floor", "load", "publish", "reports" }));
		List<String> header = List.of(BenchResult.HEADER.split(","));
		for (String[] row : rows) {
			Map<String, String> value = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				value.put(header.get(i), row[i]);
			}
			long read = Long.parseLong(value.get("rows"));
			if (row[0].startsWith("sample_")) {
				assertThat(read).as("the whole sample's rows").isGreaterThan(100_000L);
				assertThat(value.get("ratio_to_duckdb_copy")).as("no COPY to compare").isEmpty();
			}
			else if (row[1].startsWith("duckdb_")) {
				assertThat(read).as("DuckDB keeps aside what it cannot read: %s", row[0]).isBetween(1L, ROWS);
			}
			else {
				assertThat(read).as("%s %s rows read", row[0], row[1]).isEqualTo(ROWS);
			}
			double seconds = Double.parseDouble(value.get("seconds"));
			assertThat(seconds).as("seconds").isPositive();
			assertThat(Long.parseLong(value.get("peak_heap_mb"))).as("peak heap").isPositive();
			String afterGc = value.get("peak_heap_after_gc_mb");
			if (!afterGc.isEmpty()) {
				assertThat(Long.parseLong(afterGc)).as("heap a collection left").isNotNegative();
			}
			double cpu = Double.parseDouble(value.get("cpu_seconds"));
			assertThat(cpu).as("%s %s CPU seconds", row[0], row[1])
				.isNotNegative()
				.isLessThanOrEqualTo(seconds * Runtime.getRuntime().availableProcessors() + 0.5);
			if (Files.isDirectory(Path.of("/proc/self/task"))) {
				assertThat(Double.parseDouble(value.get("jit_cpu_seconds"))).as("JIT compilers' CPU seconds")
					.isBetween(0.0, cpu + 0.5);
				assertThat(Double.parseDouble(value.get("gc_cpu_seconds"))).as("collector's CPU seconds")
					.isBetween(0.0, cpu + 0.5);
			}
			if (row[1].equals("load") || row[1].equals("reports")) {
				assertThat(value.get("peak_duckdb_mb")).as("no DuckDB peak for a %s", row[1]).isEmpty();
			}
			else {
				assertThat(Long.parseLong(value.get("peak_duckdb_mb"))).as("%s %s DuckDB's peak MiB", row[0], row[1])
					.isNotNegative();
			}
		}
	}

	@Test
	void aFolderWithoutTheSampleIsRefusedBeforeAnythingRuns() throws Exception {
		Path output = this.work.resolve("bench.csv");

		String err = refusal("--rows=10", "--output=" + output, "--sources=" + this.work);

		assertThat(err).contains(this.work.toString()).contains("--sources=DIR");
		assertThat(output).doesNotExist();
	}

	@Test
	void aScaleBelowOneIsRefusedBeforeAnythingRuns() throws Exception {
		Path output = this.work.resolve("bench.csv");

		String err = refusal("--rows=10", "--output=" + output, "--sources=sample-data", "--scales=1,0");

		assertThat(err).contains("--scales").contains("[1, 0]");
		assertThat(output).doesNotExist();
	}

	@Test
	void scalesAreReadAsAList() {
		BenchOptions options = picocli.CommandLine.populateCommand(new BenchOptions(), "--scales=1,4,16");

		assertThat(options.scales()).containsExactly(1, 4, 16);
		assertThat(picocli.CommandLine.populateCommand(new BenchOptions()).scales()).isEmpty();
	}

	@Test
	void aPhaseWithoutACopyHasABlankRatioAndALoadABlankDuckDbPeak() {
		assertThat(new BenchResult("sample_x4", "load", 100, 2.0,
				new ProcessSampler.Window(300, 120, 700, 3.5, 0.375, 0.0), -1, Double.NaN)
			.csv()).isEqualTo("sample_x4,load,100,2.000,50,300,120,700,,,3.5,0.4,0.0");
		assertThat(new BenchResult("ledger", "publish", 100, 2.0,
				new ProcessSampler.Window(300, -1, -1, Double.NaN, Double.NaN, Double.NaN), 410, 4.0)
			.csv()).isEqualTo("ledger,publish,100,2.000,50,300,,-1,410,4.00,,,");
	}

	private static String refusal(String... arguments) throws Exception {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream before = System.err;
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			assertThat(new BenchCommand().run(picocli.CommandLine.populateCommand(new BenchOptions(), arguments)))
				.isEqualTo(Command.USAGE);
		}
		finally {
			System.setErr(before);
		}
		return err.toString(StandardCharsets.UTF_8);
	}

}
