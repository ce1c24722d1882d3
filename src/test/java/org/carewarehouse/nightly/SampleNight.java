package org.carewarehouse.nightly;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.carewarehouse.Command;

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
				assertThat(NightlyRuns.run(nightly, "2024-03-31", Path.of("sample-data"))).isEqualTo(Command.OK);
				Files.createFile(done);
			}
		}
		loaded = true;
	}

}
