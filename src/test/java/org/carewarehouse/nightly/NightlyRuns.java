package org.carewarehouse.nightly;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.carewarehouse.Command;
import org.carewarehouse.pipeline.ParquetTableWriter;
import org.carewarehouse.warehouse.RunLayout;
import org.jspecify.annotations.Nullable;

import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.util.FileSystemUtils;

/**
 * What the job-level tests share: a warehouse and job repository in a temporary folder,
 * fixtures by path, and the nightly command run as the command line would run it.
 */
public final class NightlyRuns {

	private NightlyRuns() {
	}

	/**
	 * A temporary folder for a test class's warehouse, under {@code target/test-homes} so
	 * that {@code ./mvnw clean} removes whatever is left, and emptied when the test JVM
	 * exits (a class-level home outlives the class's Spring context, which still holds it
	 * open, and may still write to it as it closes).
	 */
	public static Path temporaryHome(String prefix) {
		try {
			Path home = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-homes")), prefix)
				.toAbsolutePath();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(home)));
			return home;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void deleteQuietly(Path home) {
		try {
			FileSystemUtils.deleteRecursively(home);
		}
		catch (IOException ex) {
			// a folder left behind is only disk space in target/
		}
	}

	public static Warehouse catalogIn(Path home) {
		return new Warehouse(home.resolve("data/care.duckdb"));
	}

	/**
	 * Runs the nightly command. The job-level tests share one warehouse across business
	 * dates taken in any order, and each reads its own date from the catalog; a date
	 * older than the one published would be kept but not published, so such a run first
	 * forgets the newer publication, as a fresh warehouse would.
	 */
	public static int run(Command<NightlyOptions> nightly, String asOf, Path sources, String... more) throws Exception {
		RunLayout layout = (RunLayout) ReflectionTestUtils.getField(nightly, "layout");
		LocalDate published = new PublishedPointer(layout, new Configuration()).asOf();
		if (published != null && LocalDate.parse(asOf).isBefore(published)) {
			Files.delete(Path.of(new org.apache.hadoop.fs.Path(layout.runs(), "PUBLISHED").toUri()));
		}
		String[] args = Stream.concat(Stream.of("--as-of=" + asOf, "--sources=" + sources), Stream.of(more))
			.toArray(String[]::new);
		return nightly.run(NightlyOptions.parse(args));
	}

	/**
	 * Writes one record of the run history ({@code load_runs}) to {@code file}, as a run
	 * writes its own: for a test in another package that forges one. The arguments after
	 * the file are {@code LoadRun}'s components, in their order.
	 */
	public static void writeLoadRun(Path file, long executionId, long instanceId, LocalDate asOf, long rerun,
			String jobStatus, String step, @Nullable String sourceFile, String stepStatus,
			@Nullable LocalDateTime startTime, @Nullable LocalDateTime endTime, long rowsRead, long rowsLoaded,
			long rowsRejected, long rowsKept, @Nullable String amountColumn, @Nullable BigDecimal amountRead,
			@Nullable BigDecimal amountLoaded, @Nullable BigDecimal amountRejected,
			@Nullable Long rowsRejectedWithoutAmount, @Nullable String message) {
		new ParquetTableWriter(new Configuration()).write(LoadRun.TABLE, new org.apache.hadoop.fs.Path(file.toUri()),
				List.of(new LoadRun(executionId, instanceId, asOf, rerun, jobStatus, step, sourceFile, stepStatus,
						startTime, endTime, rowsRead, rowsLoaded, rowsRejected, rowsKept, amountColumn, amountRead,
						amountLoaded, amountRejected, rowsRejectedWithoutAmount, message)));
	}

	public static Path fixture(String path) throws URISyntaxException {
		return Path.of(NightlyRuns.class.getResource("/fixtures/" + path).toURI());
	}

}
