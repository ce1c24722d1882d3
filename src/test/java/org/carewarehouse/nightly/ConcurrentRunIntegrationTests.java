package org.carewarehouse.nightly;

import java.nio.file.Files;
import java.nio.file.Path;

import org.carewarehouse.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two processes on one warehouse, each with the default embedded job repository under the
 * warehouse root: the second nightly run is refused with exit code 4 and a sentence, a
 * reader is served while the first runs, and the first finishes undisturbed.
 */
class ConcurrentRunIntegrationTests {

	@Test
	void aSecondRunIsRefusedAndAReaderIsServedWhileANightRuns(@TempDir Path home) throws Exception {
		Path root = home.resolve("data");
		Path sources = NightlyRuns.fixture("services/good");
		Process earlier = NightlyProcess.start(root, home.resolve("earlier.log"), "nightly", "--as-of=2024-02-29",
				"--sources=" + sources);
		assertThat(NightlyProcess.finish(earlier)).as(log(home, "earlier")).isEqualTo(Command.OK);
		// the first run is held as it writes its rules file, after its load, until the
		// other processes have been turned away
		Path hold = Files.createFile(home.resolve("hold"));
		Process first = NightlyProcess.nightly(root, sources, home.resolve("first.log"),
				HoldingFileSystem.arguments(".*/rules/rules\\.parquet", hold));
		NightlyProcess.awaitWhileAlive(first, () -> Files.exists(HoldingFileSystem.reached(hold)));
		assertThat(first.isAlive()).as("held: " + log(home, "first")).isTrue();

		Process second = NightlyProcess.nightly(root, sources, home.resolve("second.log"));
		assertThat(NightlyProcess.finish(second)).as(log(home, "second")).isEqualTo(Command.ALREADY_RUNNING);
		assertThat(log(home, "second")).contains("Another nightly run holds this warehouse (host ")
			.doesNotContain("\tat ");

		Process reader = NightlyProcess.start(root, home.resolve("query.log"), "query", "--format=tsv",
				"SELECT count(*) AS services FROM services");
		assertThat(NightlyProcess.finish(reader)).as(log(home, "query")).isEqualTo(Command.OK);
		assertThat(log(home, "query")).contains("services\n6\n");

		Process sharingTheRepository = NightlyProcess.start(home.resolve("other"), home.resolve("other.log"), "nightly",
				"--as-of=2024-02-29", "--sources=" + NightlyRuns.fixture("services/good"),
				"--spring.datasource.url=jdbc:h2:file:" + root.resolve("jobrepo/batch"));
		assertThat(NightlyProcess.finish(sharingTheRepository)).as(log(home, "other"))
			.isEqualTo(Command.ALREADY_RUNNING);
		assertThat(log(home, "other")).contains("The job repository is open in another process")
			.doesNotContain("\tat ");

		assertThat(first.isAlive()).as("held: " + log(home, "first")).isTrue();
		Files.delete(hold);
		assertThat(NightlyProcess.finish(first)).as(log(home, "first")).isEqualTo(Command.OK);
		assertThat(root.resolve("nightly.lock")).as("released").doesNotExist();
		assertThat(root.resolve("jobrepo/batch.mv.db")).as("the job repository lives in the warehouse").exists();
	}

	private static String log(Path home, String name) {
		try {
			return Files.readString(home.resolve(name + ".log"));
		}
		catch (java.io.IOException ex) {
			return ex.toString();
		}
	}

}
