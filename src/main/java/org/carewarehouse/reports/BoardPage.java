package org.carewarehouse.reports;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * One council's board report as a self-contained HTML page: per indicator, the table a
 * market position statement carries (year, numerator, denominator, value, 95% interval,
 * rank and quartile among councils) and two inline SVG charts, trend and position; then
 * the national comparison and the care market ({@link BoardTable}).
 */
final class BoardPage {

	private static final String STYLE = """
			body{font-family:sans-serif;margin:2em;color:#222}
			table{border-collapse:collapse;margin:0.5em 0}
			th,td{border:1px solid #bbb;padding:0.25em 0.6em;text-align:right}
			th:first-child,td:first-child{text-align:left}
			section{margin-bottom:2.5em}
			.charts{display:flex;gap:1em;flex-wrap:wrap}
			""";

	private BoardPage() {
	}

	/**
	 * Renders the page.
	 * @param council the council's GSS code
	 * @param name the council's name
	 * @param asOf the business date of the run the figures come from
	 * @param figures the council's headline figures, by indicator and year
	 * @param positions every council's published value by indicator, year and council
	 * @return the HTML
	 */
	static String render(String council, String name, LocalDate asOf, List<BoardFigure> figures,
			Map<String, Map<String, Map<String, Double>>> positions) {
		return render(council, name, asOf, figures, positions, List.of());
	}

	/**
	 * Renders the page with the national comparison and market tables after the
	 * indicators.
	 * @param council the council's GSS code
	 * @param name the council's name
	 * @param asOf the business date of the run the figures come from
	 * @param figures the council's headline figures, by indicator and year
	 * @param positions every council's published value by indicator, year and council
	 * @param tables each table's section, rendered
	 * @return the HTML
	 */
	static String render(String council, String name, LocalDate asOf, List<BoardFigure> figures,
			Map<String, Map<String, Map<String, Double>>> positions, List<String> tables) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
			.append(escape(name))
			.append(" board report</title><style>")
			.append(STYLE)
			.append("</style></head><body>\n<h1>")
			.append(escape(name))
			.append(" (")
			.append(escape(council))
			.append(")</h1>\n<p>Published indicators as at ")
			.append(asOf)
			.append(". [c]: suppressed to protect small numbers.</p>\n");
		Map<String, List<BoardFigure>> byIndicator = figures.stream()
			.collect(Collectors.groupingBy(BoardFigure::indicatorId, LinkedHashMap::new, Collectors.toList()));
		byIndicator.forEach((id, years) -> section(html, council, id, years, positions.getOrDefault(id, Map.of())));
		tables.forEach(html::append);
		return html.append("</body></html>\n").toString();
	}

	private static void section(StringBuilder html, String council, String id, List<BoardFigure> years,
			Map<String, Map<String, Double>> positions) {
		BoardFigure latest = years.get(years.size() - 1);
		html.append("<section id=\"")
			.append(escape(id))
			.append("\"><h2>")
			.append(escape(id))
			.append(": ")
			.append(escape(latest.title()))
			.append("</h2>\n<table><thead><tr><th>Year</th><th>Numerator</th><th>Denominator</th><th>Value (")
			.append(escape(latest.unit()))
			.append(")</th><th>95% lower</th><th>95% upper</th><th>Rank</th><th>Quartile</th>")
			.append("<th>Compared with all councils</th></tr></thead><tbody>\n");
		years.forEach((figure) -> row(html, figure));
		html.append("</tbody></table>\n<div class=\"charts\">").append(Charts.trend(id, years));
		Map<String, Double> latestPositions = positions.get(latest.year());
		if (latestPositions != null && !latestPositions.isEmpty()) {
			html.append(Charts.position(id, latestPositions, council, latest.unit()));
		}
		html.append("</div></section>\n");
	}

	private static void row(StringBuilder html, BoardFigure figure) {
		html.append("<tr><td>").append(escape(figure.year())).append("</td>");
		cell(html, figure, "numerator", figure.numerator());
		cell(html, figure, "denominator", figure.denominator());
		cell(html, figure, "value", figure.value());
		cell(html, figure, "lower_95", figure.lower());
		cell(html, figure, "upper_95", figure.upper());
		String rank = (figure.rank() != null) ? figure.rank() + " of " + figure.councils() : null;
		cell(html, figure, "rank", rank);
		cell(html, figure, "quartile", (figure.quartile() != null) ? figure.quartile().toString() : null);
		cell(html, figure, "compared", figure.compared());
		html.append("</tr>\n");
	}

	/** Each figure is tagged with what it is, so a reader (or a test) can find it. */
	private static void cell(StringBuilder html, BoardFigure figure, String field, @Nullable String value) {
		html.append("<td data-indicator=\"")
			.append(escape(figure.indicatorId()))
			.append("\" data-year=\"")
			.append(escape(figure.year()))
			.append("\" data-field=\"")
			.append(field)
			.append("\">")
			.append((value != null) ? escape(value) : "")
			.append("</td>");
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
