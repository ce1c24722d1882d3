package org.carewarehouse.reports;

import java.util.ArrayList;
import java.util.List;

import org.carewarehouse.warehouse.Catalog;
import org.jspecify.annotations.Nullable;

/**
 * One council's published headline figure of one indicator in one year, as
 * {@code indicators_published} shows it ({@code [c]} where suppressed), with its position
 * among councils from {@code indicator_benchmarks}.
 *
 * @param indicatorId the indicator
 * @param title the indicator's title
 * @param unit the unit of the value
 * @param year the financial year
 * @param numerator the numerator as published
 * @param denominator the denominator as published
 * @param value the value as published
 * @param lower the 95% lower limit as published, or null
 * @param upper the 95% upper limit as published, or null
 * @param rank the rank among all councils (1 = best), or null where not ranked
 * @param councils how many councils were ranked
 * @param quartile the quartile among all councils (1 = best), or null
 * @param compared better, similar or worse than the all-council value, or null
 */
record BoardFigure(String indicatorId, String title, String unit, String year, @Nullable String numerator,
		@Nullable String denominator, @Nullable String value, @Nullable String lower, @Nullable String upper,
		@Nullable Object rank, @Nullable Object councils, @Nullable Object quartile, @Nullable String compared) {

	static List<BoardFigure> of(Catalog.Rows rows) {
		List<BoardFigure> figures = new ArrayList<>();
		for (int i = 0; i < rows.values().size(); i++) {
			figures.add(new BoardFigure(text(rows, i, "indicator_id"), text(rows, i, "title"), text(rows, i, "unit"),
					text(rows, i, "financial_year"), text(rows, i, "numerator"), text(rows, i, "denominator"),
					text(rows, i, "value"), text(rows, i, "lower_95"), text(rows, i, "upper_95"),
					rows.get(i, "rank_all"), rows.get(i, "councils_all"), rows.get(i, "quartile_all"),
					text(rows, i, "compared_to_all")));
		}
		return figures;
	}

	/** The value as a number for a chart, or null where suppressed or missing. */
	@Nullable Double number() {
		if (this.value == null || "[c]".equals(this.value)) {
			return null;
		}
		return Double.valueOf(this.value);
	}

	private static @Nullable String text(Catalog.Rows rows, int row, String column) {
		Object value = rows.get(row, column);
		return (value != null) ? value.toString() : null;
	}

}
