package org.carewarehouse.nightly;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

	@Test
	void everyCaseReportsLoadPublishAndTheCopyOfTheRequestedRows() throws Exception {
		Path output = this.work.resolve("results/bench.csv");
		int exit = new BenchCommand().run(picocli.CommandLine.populateCommand(new BenchOptions(), "--rows=" + ROWS,
				"--output=" + output, "--sources=sample-data"));
		assertThat(exit).isZero();
		List<String> lines = Files.readAllLines(output);
		assertThat(lines.get(0)).isEqualTo(BenchResult.HEADER);
		List<String[]> rows = lines.subList(1, lines.size()).stream().map((line) -> line.split(",")).toList();
		assertThat(rows).allSatisfy((row) -> assertThat(row).hasSameSizeAs(BenchResult.HEADER.split(",")));
		Map<String, List<String>> phases = rows.stream()
			.collect(Collectors.groupingBy((row) -> row[0], Collectors.mapping((row) -> row[1], Collectors.toList())));
		assertThat(phases).containsOnlyKeys("services", "ledger", "services_one_file");
		assertThat(phases.values())
			.allSatisfy((names) -> assertThat(names).containsExactlyInAnyOrder("duckdb_copy", "load", "publish"));
		for (String[] row : rows) {
			long read = Long.parseLong(row[2]);
			if (row[1].equals("duckdb_copy")) {
				assertThat(read).as("DuckDB keeps aside what it cannot read: %s", row[0]).isBetween(1L, ROWS);
			}
			else {
				assertThat(read).as("%s %s rows read", row[0], row[1]).isEqualTo(ROWS);
			}
			assertThat(Double.parseDouble(row[3])).as("seconds").isPositive();
			assertThat(Long.parseLong(row[5])).as("peak heap").isPositive();
		}
	}

	@Test
	void aFolderWithoutTheSampleIsRefusedBeforeAnythingRuns() throws Exception {
		Path output = this.work.resolve("bench.csv");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream before = System.err;
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		int exit;
		try {
			exit = new BenchCommand().run(picocli.CommandLine.populateCommand(new BenchOptions(), "--rows=10",
					"--output=" + output, "--sources=" + this.work));
		}
		finally {
			System.setErr(before);
		}
		assertThat(exit).isEqualTo(Command.USAGE);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains(this.work.toString()).contains("--sources=DIR");
		assertThat(output).doesNotExist();
	}

}
