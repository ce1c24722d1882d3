package org.carewarehouse.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.carewarehouse.CareWarehouseApplication;
import org.carewarehouse.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A nightly run killed with SIGKILL part-way through a file, then run again: the second
 * process recovers the execution the first left STARTED and resumes after its last
 * committed chunk, loading every row exactly once.
 */
class KilledRunIntegrationTests {

	/**
	 * The nine fixture rows cycled: 3 of every 9 break a rule, so 300,000 rows load
	 * 200,000.
	 */
	private static final long ROWS = 300_000;

	@Test
	void runKilledMidFileResumesAfterItsLastCommittedChunk(@TempDir Path home) throws Exception {
		Path sources = BenchInput.write(Path.of(getClass().getResource("/fixtures/services/good").toURI()),
				home.resolve("in"), ROWS);
		Path services = home.resolve("data/runs/2024-03-31");

		Process first = nightly(home, sources, home.resolve("first.log"));
		while (first.isAlive() && partFiles(services) < 20) {
			Thread.sleep(20);
		}
		assertThat(first.isAlive()).as("still loading when killed").isTrue();
		first.destroyForcibly().waitFor();

		Process second = nightly(home, sources, home.resolve("second.log"));
		assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(second.exitValue()).as(Files.readString(home.resolve("second.log"))).isEqualTo(Command.OK);
		assertThat(Files.readString(home.resolve("second.log"))).contains("left STARTED by a process that died");

		Warehouse warehouse = new Warehouse(home.resolve("data/care.duckdb"));
		assertThat(warehouse.count("SELECT count(*) FROM services")).isEqualTo(200_000);
		assertThat(warehouse.count("SELECT count(DISTINCT (source_file, source_line)) FROM services"))
			.isEqualTo(200_000);
		assertThat(warehouse.count("SELECT count(DISTINCT (source_file, line)) FROM rejects")).isEqualTo(100_000);
		assertThat(warehouse.count("SELECT count(DISTINCT execution_id) FROM load_runs")).isEqualTo(1);
	}

	private static Process nightly(Path home, Path sources, Path log) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), CareWarehouseApplication.class.getName(), "nightly",
						"--as-of=2024-03-31", "--sources=" + sources, "--care.warehouse.root=" + home.resolve("data"),
						"--care.warehouse.catalog=" + home.resolve("data/care.duckdb"),
						"--care.pseudonymisation.key=killed-run-tests-only-key-0123456789",
						"--spring.datasource.url=jdbc:h2:file:" + home.resolve("jobrepo/batch"),
						"--care.feeds.block-rows=500", "--care.feeds.chunk-blocks=1", "--care.feeds.threads=1"));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	private static long partFiles(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter((f) -> f.toString().endsWith(".parquet")).count();
		}
	}

}
