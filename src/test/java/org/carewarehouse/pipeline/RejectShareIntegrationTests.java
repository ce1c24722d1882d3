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
 * A file most of whose rows break a rule is refused as a whole instead of loading as a
 * gutted table: with a 5% share allowed and files of 5 rows or more held to it, the
 * Sefton fixture (6 rows, some broken) is refused while the 3-row Redcar file, below the
 * minimum, loads.
 */
@NightlyIntegrationTest
@TestPropertySource(properties = { "care.feeds.max-rejected-percent=5", "care.feeds.reject-check-min-rows=5" })
class RejectShareIntegrationTests {

	private static final String SEFTON = "services-E08000014-2023-24.csv";

	@Autowired
	@Qualifier("nightlyCommand")
	Command<NightlyOptions> nightly;

	@Autowired
	Warehouse warehouse;

	@Test
	void aFileOverTheRejectedShareIsRefusedAndNoneOfItsRowsLoad() throws Exception {
		assertThat(NightlyRuns.run(this.nightly, "2024-03-31", NightlyRuns.fixture("services/good")))
			.isEqualTo(Command.FILES_REFUSED);

		assertThat(this.warehouse
			.rows("SELECT source_line, rule FROM rejects WHERE source_file = '" + SEFTON + "' AND rule = 'CW018'"))
			.containsExactly(List.of(0L, "CW018"));
		assertThat(this.warehouse
			.count("SELECT count(*) FROM rejects WHERE source_file = '" + SEFTON + "' AND rule <> 'CW018'"))
			.as("the row-level rejects say why")
			.isPositive();
		assertThat(this.warehouse.count("SELECT count(*) FROM services WHERE source_file = '" + SEFTON + "'")).isZero();
		assertThat(this.warehouse.count("SELECT count(*) FROM services WHERE council = 'E06000049'")).isPositive();
		assertThat(this.warehouse
			.rows("SELECT rows_read = rows_rejected, rows_loaded FROM load_runs WHERE source_file = '" + SEFTON + "'"))
			.containsExactly(List.of(true, 0L));
	}

}
