package org.carewarehouse.jsna;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carewarehouse.pipeline.Contract;
import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.ContractRows;
import org.carewarehouse.pipeline.Reject;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The Fingertips mapper on single rows built by column name: each FT rule at and either
 * side of its bound, and blank values, limits and counts. Every value is synthetic.
 */
class JsnaMapperTests {

	private static final Contract CONTRACT = ContractLoader.load("fingertips");

	@Test
	void rowKeepsTheValueItsLimitsAndItsCounts() throws Exception {
		IndicatorValue value = value(Map.of());
		assertThat(value.indicatorId()).isEqualTo(90000);
		assertThat(value.timePeriod()).isEqualTo("2022/23");
		assertThat(value.timePeriodSortable()).isEqualTo(20220000L);
		assertThat(List.of(value.value(), value.lower95(), value.upper95(), value.lower998(), value.upper998(),
				value.count(), value.denominator()))
			.containsExactly(50.0, 40.0, 60.0, 35.0, 65.0, 50.0, 100.0);
		assertThat(value.parentCode()).isEqualTo("E92000001");
		assertThat(value.comparedToEngland()).isEqualTo("Similar");
		assertThat(value.comparedToParent()).isEqualTo("Better");
	}

	@Test
	void ft001ValueOnEitherLimitOfEachIntervalIsAccepted() throws Exception {
		IndicatorValue value = value(Map.of("Lower CI 95.0 limit", "50", "Upper CI 95.0 limit", "50",
				"Lower CI 99.8 limit", "50", "Upper CI 99.8 limit", "50"));
		assertThat(List.of(value.lower95(), value.upper95(), value.lower998(), value.upper998())).containsExactly(50.0,
				50.0, 50.0, 50.0);
	}

	@Test
	void ft001LowerLimitAboveTheValueIsRejected() {
		assertRejected(Map.of("Lower CI 95.0 limit", "50.1"), "FT001", "Lower CI 95.0 limit", "50.0");
		assertRejected(Map.of("Lower CI 99.8 limit", "50.1"), "FT001", "Lower CI 99.8 limit", "50.0");
	}

	@Test
	void ft001UpperLimitBelowTheValueIsRejectedAgainstItsOwnInterval() {
		for (String interval : List.of("95.0", "99.8")) {
			assertThat(ContractRows.rejectsOf(() -> value(Map.of("Upper CI " + interval + " limit", "49.9"))))
				.extracting(Reject::rule, Reject::column, Reject::value)
				.containsExactly(tuple("FT001", "Upper CI " + interval + " limit", "50.0"));
		}
	}

	@Test
	void suppressedValueLoadsBlankWithItsLimits() throws Exception {
		IndicatorValue value = value(Map.of("Value", "", "Value note", "Value suppressed"));
		assertThat(value.value()).isNull();
		assertThat(value.lower95()).isEqualTo(40.0);
		assertThat(value.valueNote()).isEqualTo("Value suppressed");
	}

	@Test
	void valueWithoutLimitsOrCountsLoadsWithThemBlank() throws Exception {
		IndicatorValue value = value(Map.of("Lower CI 95.0 limit", "", "Upper CI 95.0 limit", "", "Lower CI 99.8 limit",
				"", "Upper CI 99.8 limit", "", "Count", "", "Denominator", "", "Time period Sortable", "",
				"Parent Code", "", "Compared to parent value or percentiles", ""));
		assertThat(value.value()).isEqualTo(50.0);
		assertThat(value.lower95()).isNull();
		assertThat(value.upper95()).isNull();
		assertThat(value.lower998()).isNull();
		assertThat(value.upper998()).isNull();
		assertThat(value.count()).isNull();
		assertThat(value.denominator()).isNull();
		assertThat(value.timePeriodSortable()).isNull();
		assertThat(value.parentCode()).isNull();
		assertThat(value.comparedToParent()).isNull();
	}

	@Test
	void ft002CountEqualToTheDenominatorIsAcceptedOneMoreIsRejected() throws Exception {
		assertThat(value(Map.of("Count", "100")).count()).isEqualTo(100.0);
		assertRejected(Map.of("Count", "101"), "FT002", "Count", "101.0");
	}

	@Test
	void ft002CountWithoutADenominatorIsNotChecked() throws Exception {
		assertThat(value(Map.of("Count", "500", "Denominator", "")).count()).isEqualTo(500.0);
	}

	@Test
	void feedListsTheRulesItsMapperApplies() {
		assertThat(IndicatorValue.RULES).extracting(Rule::code).containsExactly("FT001", "FT002");
	}

	private static void assertRejected(Map<String, String> changes, String rule, String column, String value) {
		assertThat(ContractRows.rejectsOf(() -> value(changes))).extracting(Reject::rule, Reject::column, Reject::value)
			.containsExactly(tuple(rule, column, value));
	}

	/**
	 * A synthetic indicator's value of 50 (95% limits 40 to 60, 99.8% limits 35 to 65, 50
	 * of 100) for one district, with the named columns changed (an empty value is a blank
	 * cell).
	 */
	private static IndicatorValue value(Map<String, String> changes) throws RowRejectedException {
		Map<String, String> values = new HashMap<>();
		values.put("Indicator ID", "90000");
		values.put("Indicator Name", "Synthetic indicator");
		values.put("Parent Code", "E92000001");
		values.put("Parent Name", "England");
		values.put("Area Code", "E08000014");
		values.put("Area Name", "Sefton");
		values.put("Area Type", "Counties & UAs (from Apr 2023)");
		values.put("Sex", "Persons");
		values.put("Age", "65+ yrs");
		values.put("Time period", "2022/23");
		values.put("Value", "50");
		values.put("Lower CI 95.0 limit", "40");
		values.put("Upper CI 95.0 limit", "60");
		values.put("Lower CI 99.8 limit", "35");
		values.put("Upper CI 99.8 limit", "65");
		values.put("Count", "50");
		values.put("Denominator", "100");
		values.put("Compared to England value or percentiles", "Similar");
		values.put("Compared to parent value or percentiles", "Better");
		values.put("Time period Sortable", "20220000");
		return IndicatorValue.mapper().map(ContractRows.typed(CONTRACT, values, changes));
	}

}
