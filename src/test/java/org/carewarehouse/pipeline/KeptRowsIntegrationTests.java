package org.carewarehouse.pipeline;

import java.util.List;

import org.carewarehouse.Command;
import org.carewarehouse.nightly.NightlyIntegrationTest;
import org.carewarehouse.nightly.NightlyOptions;
import org.carewarehouse.nightly.NightlyRuns;
import org.carewarehouse.nightly.Warehouse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bad night loses nothing: a file refused as a whole keeps in its place the rows the
 * published run holds from it, with a warning saying so, while the other councils load
 * tonight's rows; the file fixed loads on the next night. Files of 5 rows or more are
 * held to a 5% rejected share and to 50% of their recent nights' rows (fixtures
 * {@code refusals/}, described in their README).
 */
@NightlyIntegrationTest
@TestPropertySource(properties = { "care.feeds.max-rejected-percent=5", "care.feeds.reject-check-min-rows=5",
		"care.feeds.min-rows-percent-of-recent=50", "care.feeds.recent-nights=5" })
class KeptRowsIntegrationTests {

	private static final String SEFTON = "services-E08000014-2023-24.csv";

	private static final String LEDGER = "ledger-E08000014-2023-24.csv";

	private static final String KNOWSLEY = "services-E08000011-2023-24.csv";

	@Autowired
	@Qualifier("nightlyCommand")
	Command<NightlyOptions> nightly;

	@Autowired
	Warehouse warehouse;

	@Test
	void aFileWithTooManyRejectsKeepsLastNightsRowsUntilItIsFixed() throws Exception {
		assertThat(run("2024-01-31", "share-night1")).isEqualTo(Command.OK);

		// Sefton sends 20 rows, 19 without a person id: 95% rejected, over the 5% allowed
		assertThat(run("2024-02-29", "share-night2")).isEqualTo(Command.FILES_REFUSED);
		assertThat(events("E08000014")).as("last night's rows still show")
			.containsExactly("SA1", "SA2", "SA3", "SA4", "SA5", "SA6");
		assertThat(events("E06000049")).as("the other council loads tonight's rows")
			.containsExactly("CB1", "CB2", "CB3", "CB4");
		assertThat(fileRejects(SEFTON)).containsExactly(List.of(0L, "CW018", "error"), List.of(0L, "CW020", "warning"));
		assertThat(keptMessage(SEFTON)).contains("kept the 6 rows the published run 2024-01-31/run-");
		assertThat(this.warehouse.count("SELECT count(DISTINCT source_line) FROM rejects WHERE source_file = '" + SEFTON
				+ "' AND source_line > 1"))
			.as("the row-level rejects still say why")
			.isEqualTo(19);
		assertThat(counts("2024-02-29", SEFTON)).containsExactly(20L, 0L, 20L, 6L);
		// Sefton's ledger ends part-way through a row: damaged, refused once read (its 2
		// whole rows read and counted as rejected with it, none loaded), and last night's
		// 3 postings (1200.00 + 300.50 - 0.01) kept, which the ledger's control-total
		// assertion accepts
		assertThat(fileRejects(LEDGER)).containsExactly(List.of(0L, "CW020", "warning"));
		assertThat(this.warehouse
			.rows("SELECT source_line, rule FROM rejects WHERE source_file = '" + LEDGER + "' AND source_line > 0"))
			.containsExactly(List.of(4L, "CW016"));
		assertThat(keptMessage(LEDGER)).contains("kept the 3 rows the published run 2024-01-31/run-");
		assertThat(this.warehouse.value("SELECT sum(amount)::VARCHAR FROM ledger")).isEqualTo("1500.49");
		assertThat(counts("2024-02-29", LEDGER)).containsExactly(2L, 0L, 2L, 3L);

		// the fixed file loads the next night and nothing is kept any more
		assertThat(run("2024-03-31", "share-night3")).isEqualTo(Command.OK);
		assertThat(events("E08000014")).containsExactly("SC1", "SC2", "SC3", "SC4", "SC5", "SC6", "SC7");
		assertThat(fileRejects(SEFTON)).isEmpty();
		assertThat(counts("2024-03-31", SEFTON)).containsExactly(7L, 7L, 0L, 0L);
		assertThat(this.warehouse.value("SELECT sum(amount)::VARCHAR FROM ledger")).isEqualTo("150.25");
		assertThat(counts("2024-03-31", LEDGER)).containsExactly(2L, 2L, 0L, 0L);
	}

	@Test
	void aFileFarSmallerThanOnRecentNightsKeepsLastNightsRowsUntilItIsFixed() throws Exception {
		assertThat(run("2024-04-30", "drop-night1")).isEqualTo(Command.OK);

		// Knowsley's 8 rows fall to 3, under half the median of its recent nights (8)
		assertThat(run("2024-05-31", "drop-night2")).isEqualTo(Command.FILES_REFUSED);
		assertThat(events("E08000011")).containsExactly("KA1", "KA2", "KA3", "KA4", "KA5", "KA6", "KA7", "KA8");
		assertThat(events("E08000015")).containsExactly("WB1", "WB2", "WB3");
		assertThat(fileRejects(KNOWSLEY)).containsExactly(List.of(0L, "CW019", "error"),
				List.of(0L, "CW020", "warning"));
		assertThat((String) this.warehouse
			.value("SELECT message FROM rejects WHERE rule = 'CW019' AND source_file = '" + KNOWSLEY + "'"))
			.contains("3 rows, fewer than 50% of the 8 rows");
		assertThat(keptMessage(KNOWSLEY)).contains("kept the 8 rows the published run 2024-04-30/run-");
		assertThat(counts("2024-05-31", KNOWSLEY)).as("read, all rejected with the file, last night's 8 kept")
			.containsExactly(3L, 0L, 3L, 8L);

		// the refused night does not count as a recent night: the fixed file is measured
		// against the 8 rows again, and loads
		assertThat(run("2024-06-30", "drop-night3")).isEqualTo(Command.OK);
		assertThat(events("E08000011")).containsExactly("KC1", "KC2", "KC3", "KC4", "KC5", "KC6", "KC7", "KC8");
		assertThat(fileRejects(KNOWSLEY)).isEmpty();
	}

	private int run(String asOf, String night) throws Exception {
		return NightlyRuns.run(this.nightly, asOf, NightlyRuns.fixture("refusals/" + night));
	}

	private List<Object> events(String council) throws Exception {
		return this.warehouse
			.rows("SELECT event_reference FROM services WHERE council = '" + council
					+ "' ORDER BY length(event_reference), event_reference")
			.stream()
			.map((row) -> row.get(0))
			.toList();
	}

	private List<List<Object>> fileRejects(String file) throws Exception {
		return this.warehouse.rows("SELECT source_line, rule, severity FROM rejects WHERE source_file = '" + file
				+ "' AND source_line = 0 ORDER BY rule");
	}

	private String keptMessage(String file) throws Exception {
		return (String) this.warehouse
			.value("SELECT message FROM rejects WHERE rule = 'CW020' AND source_file = '" + file + "'");
	}

	private List<Object> counts(String asOf, String file) throws Exception {
		return this.warehouse
			.rows("SELECT rows_read, rows_loaded, rows_rejected, rows_kept FROM load_runs WHERE as_of = DATE '" + asOf
					+ "' AND source_file = '" + file + "'")
			.get(0);
	}

}
