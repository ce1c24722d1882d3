package org.carewarehouse.nightly;

import java.nio.file.Files;
import java.util.List;

import org.carewarehouse.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog shows the latest business date: a backfill or a rerun of an older night
 * loads and keeps its run, but never replaces newer published data.
 */
@NightlyIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PublicationOrderIntegrationTests {

	@Autowired
	NightlyCommand nightly;

	@Autowired
	NightlyHome home;

	@Autowired
	Warehouse warehouse;

	@Test
	void anOlderDateIsLoadedAndKeptButTheNewerDateStaysPublished(CapturedOutput output) throws Exception {
		assertThat(run("2024-03-31", "good")).isEqualTo(Command.OK);
		byte[] published = Files.readAllBytes(this.home.resolve("data/care.duckdb"));

		assertThat(run("2024-01-31", "two-periods")).as("loaded, so not a failure").isEqualTo(Command.OK);
		assertThat(output.getErr()).contains("Not published: 2024-03-31, a later business date, stays published; "
				+ "this run is kept in " + this.home.resolve("data/runs/2024-01-31/run-"));
		assertThat(run("2024-01-31", "two-periods", "--rerun")).isEqualTo(Command.OK);

		assertThat(Files.readAllBytes(this.home.resolve("data/care.duckdb"))).as("catalog untouched")
			.isEqualTo(published);
		assertThat(this.warehouse.count("SELECT count(*) FROM services")).isEqualTo(6);
		assertThat(this.warehouse
			.rows("SELECT rerun, step_status, message LIKE 'Not published: 2024-03-31%' FROM load_runs "
					+ "WHERE as_of = DATE '2024-01-31' AND step = 'publishStep' ORDER BY rerun"))
			.containsExactly(List.of(0L, "COMPLETED", true), List.of(1L, "COMPLETED", true));
		assertThat(this.home.resolve("data/runs/2024-01-31")).as("the older night's rerun is kept").isDirectory();

		assertThat(run("2024-04-30", "two-periods")).isEqualTo(Command.OK);
		assertThat(this.warehouse.count("SELECT count(*) FROM services")).as("a newer date publishes").isEqualTo(4);
	}

	private int run(String asOf, String fixture, String... more) throws Exception {
		List<String> args = new java.util.ArrayList<>(
				List.of("--as-of=" + asOf, "--sources=" + NightlyRuns.fixture("services/" + fixture)));
		args.addAll(List.of(more));
		return this.nightly.run(NightlyOptions.parse(args.toArray(String[]::new)));
	}

}
