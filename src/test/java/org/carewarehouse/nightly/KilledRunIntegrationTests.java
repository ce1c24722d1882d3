package org.carewarehouse.nightly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carewarehouse.Command;
import org.carewarehouse.bench.BenchInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A nightly run that dies part-way through, after the ledger has loaded and while
 * services are loading: killed with SIGKILL, stopped with SIGTERM, or failing to write a
 * file. Running the same command again restarts it, and the published warehouse is the
 * one an uninterrupted run publishes, with every attempt in {@code load_runs}.
 */
class KilledRunIntegrationTests {

	/**
	 * The nine fixture rows cycled: 3 of every 9 break a rule, so 60,000 rows load
	 * 40,000, in 120 chunks.
	 */
	private static final long ROWS = 60_000;

	/** What the published warehouse holds, in a form two runs can be compared by. */
	private static final List<String> RESULT = List.of("SELECT count(*), sum(hash(t))::VARCHAR FROM services t",
			"SELECT count(*), sum(hash(t))::VARCHAR FROM rejects t",
			"SELECT count(*), sum(hash(t))::VARCHAR FROM ledger t",
			"SELECT count(*), sum(hash(t))::VARCHAR FROM budget_monitoring t",
			"SELECT count(*), sum(hash(t))::VARCHAR FROM indicator_values t");

	@TempDir
	static Path shared;

	static Path sources;

	static List<List<List<Object>>> uninterrupted;

	@BeforeAll
	static void runOnceWithoutInterruption() throws Exception {
		sources = BenchInput.write(NightlyRuns.fixture("services/good"), shared.resolve("in"), ROWS);
		FileSystemUtils.copyRecursively(NightlyRuns.fixture("finance/good/finance"), sources.resolve("finance"));
		Path root = shared.resolve("reference");
		Process reference = NightlyProcess.nightly(root, sources, shared.resolve("reference.log"));
		assertThat(NightlyProcess.finish(reference)).as(log(shared.resolve("reference.log"))).isEqualTo(Command.OK);
		uninterrupted = result(root);
	}

	@Test
	void runKilledWithSigkillRestartsAndPublishesWhatAnUninterruptedRunPublishes(@TempDir Path home) throws Exception {
		Process first = startAndWaitForServices(home);
		first.destroyForcibly().waitFor();

		assertRestartPublishesTheSameWarehouse(home);
	}

	@Test
	void runStoppedWithSigtermRestartsAndPublishesWhatAnUninterruptedRunPublishes(@TempDir Path home) throws Exception {
		Process first = startAndWaitForServices(home);
		first.destroy();
		assertThat(NightlyProcess.finish(first)).as("stopped, not finished").isNotEqualTo(Command.OK);

		assertRestartPublishesTheSameWarehouse(home);
	}

	@Test
	void runWhoseDiskFillsMidFileFailsAndRestartsAfterItsLastCommittedChunk(@TempDir Path home) throws Exception {
		Process first = NightlyProcess.nightly(home.resolve("data"), sources, home.resolve("first.log"),
				"--care.hadoop.fs.file.impl=" + FailingFileSystem.class.getName(),
				"--care.hadoop." + FailingFileSystem.FAIL + "=.*/services/.*-00030\\.parquet");
		assertThat(NightlyProcess.finish(first)).as(log(home.resolve("first.log"))).isEqualTo(Command.FAILED);
		assertThat(log(home.resolve("first.log"))).contains("No space left on device")
			.contains("restart: once the cause is fixed, run the same command again");

		Process second = NightlyProcess.nightly(home.resolve("data"), sources, home.resolve("second.log"));
		assertThat(NightlyProcess.finish(second)).as(log(home.resolve("second.log"))).isEqualTo(Command.OK);
		assertThat(result(home.resolve("data"))).isEqualTo(uninterrupted);
		Warehouse warehouse = new Warehouse(home.resolve("data/care.duckdb"));
		assertThat(warehouse.rows("SELECT job_status, count(*) FROM load_runs WHERE step = 'servicesLoadStep' "
				+ "GROUP BY ALL ORDER BY ALL"))
			.containsExactly(List.of("COMPLETED", 1L), List.of("FAILED", 1L));
	}

	private static Process startAndWaitForServices(Path home) throws Exception {
		Process first = NightlyProcess.nightly(home.resolve("data"), sources, home.resolve("first.log"));
		Path services = home.resolve("data/runs/2024-03-31");
		NightlyProcess.awaitWhileAlive(first, () -> NightlyProcess.partFiles(services.resolve("run-1/services")) >= 20);
		assertThat(first.isAlive()).as("still loading when stopped: " + log(home.resolve("first.log"))).isTrue();
		assertThat(NightlyProcess.partFiles(services.resolve("run-1/ledger"))).as("the ledger has loaded").isPositive();
		return first;
	}

	private static void assertRestartPublishesTheSameWarehouse(Path home) throws Exception {
		Process second = NightlyProcess.nightly(home.resolve("data"), sources, home.resolve("second.log"));
		assertThat(NightlyProcess.finish(second)).as(log(home.resolve("second.log"))).isEqualTo(Command.OK);

		assertThat(result(home.resolve("data"))).isEqualTo(uninterrupted);
		Warehouse warehouse = new Warehouse(home.resolve("data/care.duckdb"));
		assertThat(warehouse.count("SELECT count(DISTINCT (source_file, source_line)) FROM services"))
			.isEqualTo(40_000);
		assertThat(warehouse
			.rows("SELECT job_status, count(DISTINCT execution_id) FROM load_runs GROUP BY ALL " + "ORDER BY ALL"))
			.as("every attempt shows")
			.containsExactly(List.of("COMPLETED", 1L), List.of("FAILED", 1L));
		assertThat(warehouse.rows("SELECT step_status, rows_loaded FROM load_runs WHERE step LIKE 'ledgerFileStep%' "
				+ "AND job_status = 'FAILED'"))
			.as("the ledger loaded before the run died, and is not loaded again")
			.containsExactly(List.of("COMPLETED", 6L));
	}

	private static List<List<List<Object>>> result(Path root) throws Exception {
		Warehouse warehouse = new Warehouse(root.resolve("care.duckdb"));
		List<List<List<Object>>> result = new java.util.ArrayList<>();
		for (String query : RESULT) {
			result.add(warehouse.rows(query));
		}
		return result;
	}

	private static String log(Path file) {
		try {
			return Files.readString(file);
		}
		catch (java.io.IOException ex) {
			return ex.toString();
		}
	}

}
