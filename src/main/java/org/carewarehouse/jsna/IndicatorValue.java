package org.carewarehouse.jsna;

import java.util.List;

import org.carewarehouse.pipeline.RowMapper;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.Rule;
import org.carewarehouse.pipeline.Table;
import org.carewarehouse.pipeline.TypedRow;
import org.jspecify.annotations.Nullable;

import static org.carewarehouse.pipeline.ColumnType.INTEGER;
import static org.carewarehouse.pipeline.ColumnType.NUMBER;
import static org.carewarehouse.pipeline.ColumnType.STRING;

/**
 * One Fingertips indicator value for an area, sex, age, category and period.
 */
record IndicatorValue(long indicatorId, String indicatorName, @Nullable String parentCode, String areaCode,
		@Nullable String areaName, @Nullable String areaType, @Nullable String sex, @Nullable String age,
		@Nullable String categoryType, @Nullable String category, String timePeriod, @Nullable Long timePeriodSortable,
		@Nullable Double value, @Nullable Double lower95, @Nullable Double upper95, @Nullable Double lower998,
		@Nullable Double upper998, @Nullable Double count, @Nullable Double denominator, @Nullable String valueNote,
		@Nullable String comparedToEngland, @Nullable String comparedToParent) {

	static final Rule CONFIDENCE_ORDER = new Rule("FT001",
			"A confidence interval does not contain its value (lower limit above the value, or upper below it)");

	static final Rule COUNT_ABOVE_DENOMINATOR = new Rule("FT002", "The count is larger than the denominator");

	static final List<Rule> RULES = List.of(CONFIDENCE_ORDER, COUNT_ABOVE_DENOMINATOR);

	static final Table<IndicatorValue> TABLE = Table
		.<IndicatorValue>named("fingertips", "One Fingertips indicator value for an area, sex, age and period")
		.partition("indicator_id", "Fingertips indicator id", (v) -> String.valueOf(v.indicatorId()))
		.required("indicator_name", STRING, "Indicator name", IndicatorValue::indicatorName)
		.optional("parent_code", STRING, "Parent area the comparison is against", IndicatorValue::parentCode)
		.required("area_code", STRING, "GSS code of the area", IndicatorValue::areaCode)
		.optional("area_name", STRING, "Area name", IndicatorValue::areaName)
		.optional("area_type", STRING, "Area type", IndicatorValue::areaType)
		.optional("sex", STRING, "Persons, Male or Female", IndicatorValue::sex)
		.optional("age", STRING, "Age group", IndicatorValue::age)
		.optional("category_type", STRING, "Category type", IndicatorValue::categoryType)
		.optional("category", STRING, "Category", IndicatorValue::category)
		.required("time_period", STRING, "Time period as Fingertips labels it", IndicatorValue::timePeriod)
		.optional("time_period_sortable", INTEGER, "Sortable time period", IndicatorValue::timePeriodSortable)
		.optional("value", NUMBER, "The value; null where blank", IndicatorValue::value)
		.optional("lower_ci_95", NUMBER, "Lower 95% confidence limit", IndicatorValue::lower95)
		.optional("upper_ci_95", NUMBER, "Upper 95% confidence limit", IndicatorValue::upper95)
		.optional("lower_ci_99_8", NUMBER, "Lower 99.8% confidence limit", IndicatorValue::lower998)
		.optional("upper_ci_99_8", NUMBER, "Upper 99.8% confidence limit", IndicatorValue::upper998)
		.optional("count", NUMBER, "Numerator", IndicatorValue::count)
		.optional("denominator", NUMBER, "Denominator", IndicatorValue::denominator)
		.optional("value_note", STRING, "Note on the value", IndicatorValue::valueNote)
		.optional("compared_to_england", STRING, "Comparison with England", IndicatorValue::comparedToEngland)
		.optional("compared_to_parent", STRING, "Comparison with the parent area, whatever its type",
				IndicatorValue::comparedToParent)
		.build();

	static RowMapper<IndicatorValue> mapper() {
		return (TypedRow row) -> {
			Double value = row.number("Value");
			check(row, value, "95.0");
			check(row, value, "99.8");
			Double count = row.number("Count");
			Double denominator = row.number("Denominator");
			if (count != null && denominator != null && count > denominator) {
				throw new RowRejectedException(COUNT_ABOVE_DENOMINATOR, "Count",
						"count " + count + " is larger than denominator " + denominator, String.valueOf(count));
			}
			return new IndicatorValue(row.integer("Indicator ID"), row.string("Indicator Name"),
					row.string("Parent Code"), row.string("Area Code"), row.string("Area Name"),
					row.string("Area Type"), row.string("Sex"), row.string("Age"), row.string("Category Type"),
					row.string("Category"), row.string("Time period"), row.integer("Time period Sortable"), value,
					row.number("Lower CI 95.0 limit"), row.number("Upper CI 95.0 limit"),
					row.number("Lower CI 99.8 limit"), row.number("Upper CI 99.8 limit"), count, denominator,
					row.string("Value note"), row.string("Compared to England value or percentiles"),
					row.string("Compared to parent value or percentiles"));
		};
	}

	/**
	 * Refuses a row whose interval does not contain its value, naming the limit at fault
	 * (the lower, when both are).
	 */
	private static void check(TypedRow row, @Nullable Double value, String level) throws RowRejectedException {
		String lowerColumn = "Lower CI " + level + " limit";
		String upperColumn = "Upper CI " + level + " limit";
		Double lower = row.number(lowerColumn);
		Double upper = row.number(upperColumn);
		boolean lowerAbove = value != null && lower != null && lower > value;
		boolean upperBelow = value != null && upper != null && upper < value;
		if (lowerAbove || upperBelow) {
			throw new RowRejectedException(CONFIDENCE_ORDER, lowerAbove ? lowerColumn : upperColumn,
					"interval " + lower + " to " + upper + " does not contain " + value, String.valueOf(value));
		}
	}

}
