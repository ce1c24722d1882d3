package org.carewarehouse.reports;

import java.util.Arrays;
import java.util.List;

import org.carewarehouse.warehouse.Catalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board report's tables on rows made up here: headed by the query's column labels,
 * every cell tagged and escaped, a null shown empty, and a council with no rows told so.
 */
class BoardTableTests {

	private static final BoardTable TABLE = new BoardTable("t", "Costs & <ranks>", "Spend / weeks.", "unused");

	@Test
	void cellsAreTaggedByTableRowAndColumn() {
		String html = TABLE.html(new Catalog.Rows(List.of("Setting", "Rank (1 = highest)"),
				List.of(Arrays.asList("Residential & nursing", "150 of 152"), Arrays.asList("Nursing", null))));
		assertThat(html).contains("<th>Rank (1 = highest)</th>",
				"<td data-table=\"t\" data-row=\"0\" data-column=\"Setting\">Residential &amp; nursing</td>",
				"<td data-table=\"t\" data-row=\"0\" data-column=\"Rank (1 = highest)\">150 of 152</td>",
				"<td data-table=\"t\" data-row=\"1\" data-column=\"Rank (1 = highest)\"></td>",
				"<h2>Costs &amp; &lt;ranks&gt;</h2>", "<p>Spend / weeks.</p>");
	}

	@Test
	void noRowsSaysSo() {
		String html = TABLE.html(new Catalog.Rows(List.of("Setting"), List.of()));
		assertThat(html).contains("No figures for this council tonight.").doesNotContain("<table>");
	}

	@Test
	void everyTableHasItsQueryBesideTheReports() {
		for (BoardTable table : BoardTable.ALL) {
			assertThat(BoardTable.class.getResource(table.query() + ".sql")).as(table.query()).isNotNull();
		}
	}

}
