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
		Path sources = BenchInput.write(fixture("services/good"), home.resolve("in"), 300_000);
		Process first = nightly(home, repository, sources, home.resolve("first.log"));
		while (first.isAlive() && partFiles(home.resolve("data/runs/2024-03-31")) < 20) {
			Thread.sleep(20);
		}
		assertThat(first.isAlive()).as("still loading when killed").isTrue();
		first.destroyForcibly().waitFor();

		assertThat(exit(nightly(home, repository, sources, home.resolve("second.log")), home.resolve("second.log")))
			.as(Files.readString(home.resolve("second.log")))
			.isEqualTo(Command.OK);
		Warehouse warehouse = new Warehouse(home.resolve("data/care.duckdb"));
		// the nine fixture rows cycled: 3 of every 9 break a rule
		assertThat(warehouse.count("SELECT count(DISTINCT (source_file, source_line)) FROM services"))
			.isEqualTo(200_000);
		assertThat(warehouse.count("SELECT count(*) FROM services")).isEqualTo(200_000);
		assertThat(warehouse.count("SELECT count(DISTINCT (source_file, source_line)) FROM rejects"))
			.isEqualTo(100_000);
	}

	@Test
	void secondRunBesideALiveOneIsRefused(@TempDir Path home) throws Exception {
		String repository = server.newDatabase();
		Path sources = BenchInput.write(fixture("services/good"), home.resolve("in"), 300_000);
		Process first = nightly(home, repository, sources, home.resolve("first.log"));
		while (first.isAlive() && partFiles(home.resolve("data/runs/2024-03-31")) < 2) {
			Thread.sleep(20);
		}
		assertThat(first.isAlive()).as("still loading").isTrue();
		assertThat(exit(nightly(home, repository, sources, home.resolve("second.log")), home.resolve("second.log")))
			.as(Files.readString(home.resolve("second.log")))
			.isEqualTo(Command.ALREADY_RUNNING);
		assertThat(exit(first, home.resolve("first.log"))).isEqualTo(Command.OK);
	}

	private static Process nightly(Path home, String repository, Path sources, Path log, String... more)
			throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), CareWarehouseApplication.class.getName(), "nightly",
						"--as-of=2024-03-31", "--sources=" + sources, "--care.warehouse.root=" + home.resolve("data"),
						"--care.warehouse.catalog=" + home.resolve("data/care.duckdb"),
						"--care.pseudonymisation.key=postgres-tests-only-key-0123456789abc",
						"--spring.datasource.url=" + repository, "--spring.datasource.username=care",
						"--spring.datasource.password=", "--care.feeds.block-rows=500", "--care.feeds.chunk-blocks=1",
						"--care.feeds.threads=1", "--care.feeds.max-rejected-percent=100"));
		command.addAll(List.of(more));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
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

	private static long partFiles(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter((f) -> f.toString().endsWith(".parquet")).count();
		}
	}

}
