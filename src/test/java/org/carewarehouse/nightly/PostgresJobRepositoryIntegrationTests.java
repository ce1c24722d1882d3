package org.carewarehouse.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.carewarehouse.Command;
import org.carewarehouse.bench.BenchInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly job with its job repository on a real PostgreSQL server, each process a
 * separate JVM as cron or systemd would start it: a completed date is refused, a second
 * run beside a live one is refused, and a run killed with SIGKILL part-way through a file
 * restarts after its last committed chunk, loading every row exactly once.
 */
class PostgresJobRepositoryIntegrationTests {

	private static PostgresServer server;

	@BeforeAll
	static void startServer() throws Exception {
		server = PostgresServer.start();
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void completedDateIsRefusedAndRerunReplacesIt(@TempDir Path home) throws Exception {
		String repository = server.newDatabase();
		Path sources = fixture("services/good");
		assertThat(exit(nightly(home, repository, sources, home.resolve("first.log")), home.resolve("first.log")))
			.isEqualTo(Command.OK);
		Warehouse warehouse = new Warehouse(home.resolve("data/care.duckdb"));
		long loaded = warehouse.count("SELECT count(*) FROM services");
		assertThat(exit(nightly(home, repository, sources, home.resolve("second.log")), home.resolve("second.log")))
			.isEqualTo(Command.ALREADY_LOADED);
		assertThat(exit(nightly(home, repository, sources, home.resolve("third.log"), "--rerun"),
				home.resolve("third.log")))
			.isEqualTo(Command.OK);
		assertThat(loaded).isPositive();
		assertThat(warehouse.count("SELECT count(*) FROM services")).isEqualTo(loaded);
		assertThat(warehouse.count("SELECT count(DISTINCT execution_id) FROM load_runs")).isEqualTo(2);
	}

	@Test
	void runKilledMidFileResumesAfterItsLastCommittedChunk(@TempDir Path home) throws Exception {
		String repository = server.newDatabase();
		// two files of 30 chunks of 500 rows; the run is held as it writes a 20th
		Path sources = BenchInput.write(fixture("services/good"), home.resolve("in"), 30_000);
		Path hold = Files.createFile(home.resolve("hold"));
		Process first = nightly(home, repository, sources, home.resolve("first.log"),
				HoldingFileSystem.arguments(".*/services/.*-00020\\.parquet", hold));
		NightlyProcess.awaitWhileAlive(first, () -> Files.exists(HoldingFileSystem.reached(hold)));
		assertThat(first.isAlive()).as("held mid-file when killed: " + Files.readString(home.resolve("first.log")))
			.isTrue();
		first.destroyForcibly().waitFor();

		assertThat(exit(nightly(home, repository, sources, home.resolve("second.log")), home.resolve("second.log")))
			.as(Files.readString(home.resolve("second.log")))
			.isEqualTo(Command.OK);
		Warehouse warehouse = new Warehouse(home.resolve("data/care.duckdb"));
		// the nine fixture rows cycled: 3 of every 9 break a rule
		assertThat(warehouse.count("SELECT count(DISTINCT (source_file, source_line)) FROM services"))
			.isEqualTo(20_000);
		assertThat(warehouse.count("SELECT count(*) FROM services")).isEqualTo(20_000);
		assertThat(warehouse.count("SELECT count(DISTINCT (source_file, source_line)) FROM rejects")).isEqualTo(10_000);
	}

	@Test
	void secondRunBesideALiveOneIsRefused(@TempDir Path home) throws Exception {
		String repository = server.newDatabase();
		Path sources = fixture("services/good");
		Path hold = Files.createFile(home.resolve("hold"));
		Process first = nightly(home, repository, sources, home.resolve("first.log"),
				HoldingFileSystem.arguments(".*/rules/rules\\.parquet", hold));
		NightlyProcess.awaitWhileAlive(first, () -> Files.exists(HoldingFileSystem.reached(hold)));
		assertThat(first.isAlive()).as("held: " + Files.readString(home.resolve("first.log"))).isTrue();
		assertThat(exit(nightly(home, repository, sources, home.resolve("second.log")), home.resolve("second.log")))
			.as(Files.readString(home.resolve("second.log")))
			.isEqualTo(Command.ALREADY_RUNNING);
		Files.delete(hold);
		assertThat(exit(first, home.resolve("first.log"))).isEqualTo(Command.OK);
	}

	private static Process nightly(Path home, String repository, Path sources, Path log, String... more)
			throws IOException {
		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + repository,
				"--spring.datasource.username=care", "--spring.datasource.password="));
		arguments.addAll(List.of(more));
		return NightlyProcess.nightly(home.resolve("data"), sources, log, arguments.toArray(String[]::new));
	}

	private static int exit(Process process, Path log) throws InterruptedException, IOException {
		assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("finished").isTrue();
		if (process.exitValue() != Command.OK) {
			System.err.println(Files.readString(log));
		}
		return process.exitValue();
	}

	private static Path fixture(String path) throws Exception {
		return Path.of(PostgresJobRepositoryIntegrationTests.class.getResource("/fixtures/" + path).toURI());
	}

}
