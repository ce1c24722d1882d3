package org.carewarehouse.nightly;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.carewarehouse.Command;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What the job-level tests share: a warehouse and job repository in a temporary folder,
 * fixtures by path, and the nightly command run as the command line would run it.
 */
public final class NightlyRuns {

	private NightlyRuns() {
	}

	public static Path temporaryHome(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Points the warehouse, its catalog and the job repository into {@code home}. */
	public static void warehouseIn(Path home, DynamicPropertyRegistry registry) {
		registry.add("care.warehouse.root", () -> home.resolve("data").toString());
		registry.add("care.warehouse.catalog", () -> home.resolve("data/care.duckdb").toString());
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + home.resolve("jobrepo/batch"));
	}

	public static Warehouse catalogIn(Path home) {
		return new Warehouse(home.resolve("data/care.duckdb"));
	}

	public static int run(Command nightly, String asOf, Path sources, String... more) throws Exception {
		String[] args = Stream.concat(Stream.of("nightly", "--as-of=" + asOf, "--sources=" + sources), Stream.of(more))
			.toArray(String[]::new);
		return nightly.run(new DefaultApplicationArguments(args));
	}

	public static Path fixture(String path) throws URISyntaxException {
		return Path.of(NightlyRuns.class.getResource("/fixtures/" + path).toURI());
	}

}
