package org.carewarehouse.nightly;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.carewarehouse.Command;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed sample loaded once as of 31 March 2024, for every test class that reads
 * what it publishes ({@link SampleNightTest}): one warehouse in the home this class owns,
 * which the build's test JVMs share, and one night, however many classes in however many
 * JVMs read it.
 */
final class SampleNight {

	private static boolean loaded;

	private SampleNight() {
	}

	/**
	 * Loads the sample into {@code home}, the first time any test JVM asks; a JVM that
	 * asks while another loads it waits for that night and reads it.
	 */
	static synchronized void load(NightlyCommand nightly, NightlyHome home) throws Exception {
		if (loaded) {
			return;
		}
		try (FileChannel file = FileChannel.open(home.resolve("sample-night.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = file.lock()) {
			Path done = home.resolve("sample-night.loaded");
			if (!Files.exists(done)) {
				assertThat(NightlyRuns.run(nightly, "2024-03-31", sources(home))).isEqualTo(Command.OK);
				Files.createFile(done);
			}
		}
		loaded = true;
	}

	/**
	 * The committed sample with three files' extensions in capitals, as systems on
	 * Windows write them: a submission that a resubmission replaces, which must still
	 * sort before it once its ending is gone ({@code submission_name}), and a children's
	 * header and episodes pair. The figures published are the committed sample's.
	 */
	private static Path sources(NightlyHome home) throws IOException {
		Path sources = home.resolve("sample-data");
		FileSystemUtils.copyRecursively(Path.of("sample-data"), sources);
		for (String file : List.of("case-management/services-E08000014-2023-24",
				"children/ssda903-E06000049-2024-header", "children/ssda903-E06000049-2024-episodes")) {
			Files.move(sources.resolve(file + ".csv.gz"), sources.resolve(file + ".CSV.GZ"));
		}
		return sources;
	}

}
