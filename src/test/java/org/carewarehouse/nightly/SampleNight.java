package org.carewarehouse.nightly;

import java.nio.file.Path;

import org.carewarehouse.Command;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed sample loaded once as of 31 March 2024, for every test class that reads
 * what it publishes ({@link SampleNightTest}): one warehouse in the home this class owns,
 * one application context and one night, however many classes read them.
 */
final class SampleNight {

	private static boolean loaded;

	private SampleNight() {
	}

	/** Loads the sample, the first time a class asks. */
	static synchronized void load(NightlyCommand nightly) throws Exception {
		if (!loaded) {
			assertThat(NightlyRuns.run(nightly, "2024-03-31", Path.of("sample-data"))).isEqualTo(Command.OK);
			loaded = true;
		}
	}

}
