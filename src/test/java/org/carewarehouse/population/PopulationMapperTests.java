package org.carewarehouse.population;

import java.util.HashMap;
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
 * The population mapper on single rows (one year column already unpivoted into Mid Year
 * and Population), built by column name: each PO rule at and either side of its bounds.
 */
class PopulationMapperTests {

	private static final Contract CONTRACT = ContractLoader.load("population");

	@Test
	void rowKeepsTheAreaSexAgeYearAndCountAsSent() throws Exception {
		PopulationCount count = count(Map.of());
		assertThat(count).isEqualTo(new PopulationCount("E08000014", "Sefton", "E", "2", 85, 2023, 1234));
	}

	@Test
	void po001AgesFrom0To90AreAccepted() throws Exception {
		assertThat(count(Map.of("Age", "0")).age()).isZero();
		assertThat(count(Map.of("Age", "90")).age()).isEqualTo(90);
	}

	@Test
	void po001AgeBelow0OrAbove90IsRejected() {
		assertRejected(Map.of("Age", "-1"), "PO001", "Age", "-1");
		assertRejected(Map.of("Age", "91"), "PO001", "Age", "91");
	}

	@Test
	void po002PopulationOfZeroIsAcceptedButNotANegativeOne() throws Exception {
		assertThat(count(Map.of("Population", "0")).population()).isZero();
		assertRejected(Map.of("Population", "-1"), "PO002", "Population", "-1");
	}

	@Test
	void po003Years1971To2100AreAccepted() throws Exception {
		assertThat(count(Map.of("Mid Year", "1971")).midYear()).isEqualTo(1971);
		assertThat(count(Map.of("Mid Year", "2100")).midYear()).isEqualTo(2100);
	}

	@Test
	void po003YearBefore1971OrAfter2100IsRejected() {
		assertRejected(Map.of("Mid Year", "1970"), "PO003", "Mid Year", "1970");
		assertRejected(Map.of("Mid Year", "2101"), "PO003", "Mid Year", "2101");
	}

	@Test
	void blankAreaNameAndCountryLoadAsNull() throws Exception {
		PopulationCount count = count(Map.of("Area Name", "", "Country", ""));
		assertThat(count.areaName()).isNull();
		assertThat(count.country()).isNull();
		assertThat(count.areaCode()).isEqualTo("E08000014");
	}

	@Test
	void feedListsTheRulesItsMapperApplies() {
		assertThat(PopulationCount.RULES).extracting(Rule::code).containsExactly("PO001", "PO002", "PO003");
	}

	private static void assertRejected(Map<String, String> changes, String rule, String column, String value) {
		assertThat(ContractRows.rejectsOf(() -> count(changes))).extracting(Reject::rule, Reject::column, Reject::value)
			.containsExactly(tuple(rule, column, value));
	}

	/**
	 * 1,234 women aged 85 in a district at mid-2023, with the named columns changed (an
	 * empty value is a blank cell).
	 */
	private static PopulationCount count(Map<String, String> changes) throws RowRejectedException {
		Map<String, String> values = new HashMap<>();
		values.put("Area Code", "E08000014");
		values.put("Area Name", "Sefton");
		values.put("Country", "E");
		values.put("Sex", "2");
		values.put("Age", "85");
		values.put("Mid Year", "2023");
		values.put("Population", "1234");
		return PopulationCount.mapper().map(ContractRows.typed(CONTRACT, values, changes));
	}

}
