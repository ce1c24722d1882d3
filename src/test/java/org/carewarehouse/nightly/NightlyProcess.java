package org.carewarehouse.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.carewarehouse.CareWarehouseApplication;
import org.carewarehouse.TestJvm;

/**
 * The command line in a JVM of its own, as cron or systemd runs it, so that a test can
 * kill it, stop it, or run two at once. Only the warehouse root and the key are set: the
 * job repository, catalog and run lock take their defaults under the root.
 */
final class NightlyProcess {

	static final String KEY = "--care.pseudonymisation.key=child-process-tests-only-key-0123456789";

	private NightlyProcess() {
	}

	static Process start(Path root, Path log, String... arguments) throws IOException {
		return start(root.toString(), log, arguments);
	}

	/** As {@link #start(Path, Path, String...)}, with a root given as a URI. */
	static Process start(String root, Path log, String... arguments) throws IOException {
		List<String> command = TestJvm.command(CareWarehouseApplication.class, arguments);
		command.addAll(List.of("--care.warehouse.root=" + root, KEY));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	/**
	 * A nightly run in small chunks on one thread, so that there is time to interrupt it.
	 */
	static Process nightly(Path root, Path sources, Path log, String... more) throws IOException {
		return nightly(root.toString(), sources, log, more);
	}

	/** As {@link #nightly(Path, Path, Path, String...)}, with a root given as a URI. */
	static Process nightly(String root, Path sources, Path log, String... more) throws IOException {
		List<String> arguments = new ArrayList<>(List.of("nightly", "--as-of=2024-03-31", "--sources=" + sources,
				"--care.feeds.block-rows=500", "--care.feeds.chunk-blocks=1", "--care.feeds.threads=1",
				// the cycled fixture rejects a third of its rows on purpose
				"--care.feeds.max-rejected-percent=100"));
		arguments.addAll(List.of(more));
		return start(root, log, arguments.toArray(String[]::new));
	}

	static int finish(Process process) throws InterruptedException {
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("still running after 5 minutes");
		}
		return process.exitValue();
	}

	static void awaitWhileAlive(Process process, BooleanSupplier condition) throws InterruptedException {
		while (process.isAlive() && !condition.getAsBoolean()) {
			Thread.sleep(20);
		}
	}

	static long partFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter((f) -> f.toString().endsWith(".parquet")).count();
		}
		catch (IOException ex) {
			// a folder removed while walking: count again next time
			return 0;
		}
	}

}
