package org.carewarehouse.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.carewarehouse.Command;
import org.carewarehouse.nightly.NightlyHome;
import org.carewarehouse.nightly.NightlyOptions;
import org.carewarehouse.nightly.NightlyRuns;

/**
 * One nightly run, shared by the report tests, as of 31 March 2024 over the indicator
 * fixtures plus {@code fixtures/reports}: Knowsley's (E08000011) 2022-23 services with
 * two broken rows (line 10, an impossible event start date; line 11, an unknown gender)
 * and a 2021-22 file separated by semicolons, which is refused.
 */
final class ReportRun {

	static final Path HOME = NightlyHome.of(ReportRun.class).path();

	static final String KNOWSLEY = "E08000011";

	private static boolean loaded;

	private ReportRun() {
	}

	static synchronized void load(Command<NightlyOptions> nightly) throws Exception {
		if (loaded) {
			return;
		}
		Path sources = HOME.resolve("sources");
		copy(NightlyRuns.fixture("indicators"), sources);
		copy(NightlyRuns.fixture("reports"), sources);
		int exit = NightlyRuns.run(nightly, "2024-03-31", sources);
		if (exit != Command.FILES_REFUSED) {
			throw new IllegalStateException("The nightly run over the report fixtures exited " + exit);
		}
		loaded = true;
	}

	/** The reports folder the nightly job wrote in its run folder. */
	static Path nightlyReports() throws IOException {
		try (Stream<Path> runs = Files.list(HOME.resolve("data/runs/2024-03-31"))) {
			return runs.filter((run) -> run.getFileName().toString().startsWith("run-"))
				.findFirst()
				.orElseThrow()
				.resolve("reports");
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			files.filter(Files::isRegularFile).forEach((file) -> {
				Path target = to.resolve(from.relativize(file).toString());
				try {
					Files.createDirectories(target.getParent());
					Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

}
