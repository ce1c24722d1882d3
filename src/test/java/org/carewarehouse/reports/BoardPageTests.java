package org.carewarehouse.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board page on figures made up here: suppressed years stay {@code [c]} with no
 * position, text is escaped, and each chart is an inline SVG whose ids clash with no
 * other.
 */
class BoardPageTests {

	private static final BoardFigure HIDDEN = new BoardFigure("RBL-91", "At home <91 days> & after", "%", "2022-23",
			"[c]", "[c]", "[c]", null, null, null, null, null, null);

	private static final BoardFigure SHOWN = new BoardFigure("RBL-91", "At home <91 days> & after", "%", "2023-24", "8",
			"10", "80.0", "49.0", "94.3", 2L, 3L, 2, "Similar");

	@Test
	void suppressedYearShowsCAndNoPosition() {
		String html = BoardPage.render("E08000015", "Wirral", LocalDate.of(2024, 3, 31), List.of(HIDDEN, SHOWN),
				Map.of("RBL-91", Map.of("2023-24", Map.of("E08000011", 70.0, "E08000015", 80.0))));
		assertThat(html).contains(cell("2022-23", "value", "[c]"), cell("2022-23", "rank", ""),
				cell("2023-24", "value", "80.0"), cell("2023-24", "rank", "2 of 3"));
		assertThat(html).contains("At home &lt;91 days&gt; &amp; after").doesNotContain("<91 days>");
	}

	@Test
	void chartsAreInlineSvgWithIdsOfTheirOwn() {
		String html = BoardPage.render("E08000015", "Wirral", LocalDate.of(2024, 3, 31), List.of(HIDDEN, SHOWN),
				Map.of("RBL-91", Map.of("2023-24", Map.of("E08000011", 70.0, "E08000015", 80.0))));
		assertThat(html.split("<svg", -1)).hasSize(3);
		assertThat(html).doesNotContain("<script");
		List<String> ids = java.util.regex.Pattern.compile(" id=\"([^\"]+)\"")
			.matcher(html)
			.results()
			.map((id) -> id.group(1))
			.toList();
		assertThat(ids).doesNotHaveDuplicates();
	}

	@Test
	void noPositionChartWhenNoCouncilPublishedThatYear() {
		String html = BoardPage.render("E08000015", "Wirral", LocalDate.of(2024, 3, 31), List.of(HIDDEN), Map.of());
		assertThat(html.split("<svg", -1)).hasSize(2);
	}

	/** Under a German locale the axis wrote 1.200 for 1,200, which reads as 1.2. */
	@Test
	void chartAxisNumbersAreWrittenAsTheTablesWriteThemWhateverTheDefaultLocale() {
		Locale locale = Locale.getDefault();
		Locale.setDefault(Locale.GERMANY);
		String html;
		try {
			html = BoardPage.render("E08000015", "Wirral", LocalDate.of(2024, 3, 31), List.of(HIDDEN, SHOWN),
					Map.of("RBL-91", Map.of("2023-24", Map.of("E08000011", 700.0, "E08000015", 1800.0))));
		}
		finally {
			Locale.setDefault(locale);
		}
		assertThat(html).contains(">1,000<").doesNotContain(">1.000<");
	}

	private static String cell(String year, String field, String value) {
		return "data-indicator=\"RBL-91\" data-year=\"" + year + "\" data-field=\"" + field + "\">" + value + "</td>";
	}

}
