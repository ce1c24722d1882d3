package org.carewarehouse.nightly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bench end to end at a tiny scale: what it writes, not how fast anything was.
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

}
