package org.carewarehouse.reports;

import java.util.List;

import org.carewarehouse.warehouse.Catalog;

/**
 * A table of the board report beside the indicators: the national comparison, the care
 * market, projected demand and the commissioning plans, each filled by one report query
 * for the council and headed by the query's column labels, with the method it follows
 * stated under its title.
 *
 * @param id the section's id in the page
 * @param title the section's heading
 * @param method how the figures are made, in a sentence or two
 * @param query the report query (a {@code .sql} file beside this class)
 */
record BoardTable(String id, String title, String method, String query) {

	/** The tables, in page order. */
	static final List<BoardTable> ALL = List.of(new BoardTable("national-unit-costs",
			"National comparison: care home unit costs",
			"Gross current expenditure / weeks of care in the published ASC-FR data file, for every council in it, "
					+ "ranked with 1 the highest cost; beside it the warehouse's own figure (services feed spend / "
					+ "placement days x 7). The two are not the same thing: the return's guidance warns against "
					+ "reading one as the other.",
			"board_national_costs"),
			new BoardTable("national-measures", "National comparison: ASCOF measures",
					"NHS England's published ASCOF measures for every council, ranked with 1 the highest outcome "
							+ "(for admissions, lower is better); beside them the warehouse's own value of the "
							+ "indicator that measures the same thing.",
					"board_national_measures"),
			new BoardTable("care-homes", "Care home market on the business date",
					"Registered beds from the CQC care directory; council-funded placements (services) and "
							+ "commitment lines (finance) matched to each home by CQC location id; self-funded beds "
							+ "= registered beds x the occupancy assumption less council-funded placements.",
					"board_care_homes"),
			new BoardTable("community-market", "Home care and day care markets on the business date",
					"People with a long-term home care or day care service open on the day, and those taking "
							+ "it as a direct payment; self-funders = council-funded people x s / (1 - s), s the "
							+ "self-funded share of the market assumed (warehouse/reference/market-assumptions.csv, "
							+ "source named).",
					"board_community_market"),
			new BoardTable("projected-demand", "Projected demand for adult social care",
					"People using services in the base year (the council's latest), by age band, grown with the "
							+ "band's ONS subnational population projection from the base year's mid-year.",
					"board_projected_demand"),
			new BoardTable("projected-conditions", "Projected adults with a learning disability",
					"The projected population by age band and sex times the prevalence rate (PANSI's method), "
							+ "the rate's source named.",
					"board_projected_conditions"),
			new BoardTable("plan-mix", "Commissioning plans: the mix against the targets",
					"Placements open in the plan's latest year, each placed in the tier whose price unit and "
							+ "range hold its cost, 'Outside the plan' otherwise; actual share beside target share.",
					"board_plan_mix"),
			new BoardTable("plan-savings", "Commissioning plans: savings against targets",
					"The annual cost of the plan's placements at the latest month end of each savings year, "
							+ "against the cost on the baseline date; the target to date adds earlier years' "
							+ "targets to this year's pro rata.",
					"board_plan_savings"));

	Catalog.Rows rows(ReportSql sql, String council) {
		return sql.run(this.query, council);
	}

	/** The section, each cell tagged with its table, row and column. */
	String html(Catalog.Rows rows) {
		StringBuilder html = new StringBuilder("<section id=\"").append(this.id)
			.append("\"><h2>")
			.append(BoardPage.escape(this.title))
			.append("</h2>\n<p>")
			.append(BoardPage.escape(this.method))
			.append("</p>\n");
		if (rows.values().isEmpty()) {
			return html.append("<p>No figures for this council tonight.</p></section>\n").toString();
		}
		html.append("<table><thead><tr>");
		rows.columns().forEach((column) -> html.append("<th>").append(BoardPage.escape(column)).append("</th>"));
		html.append("</tr></thead><tbody>\n");
		for (int i = 0; i < rows.values().size(); i++) {
			html.append("<tr>");
			for (int c = 0; c < rows.columns().size(); c++) {
				Object value = rows.values().get(i).get(c);
				html.append("<td data-table=\"")
					.append(this.id)
					.append("\" data-row=\"")
					.append(i)
					.append("\" data-column=\"")
					.append(BoardPage.escape(rows.columns().get(c)))
					.append("\">")
					.append((value != null) ? BoardPage.escape(value.toString()) : "")
					.append("</td>");
			}
			html.append("</tr>\n");
		}
		return html.append("</tbody></table></section>\n").toString();
	}

}
