package org.carewarehouse.warehouse;

import java.util.Arrays;
import java.util.List;

import org.carewarehouse.Command;
import org.carewarehouse.nightly.NightlyIntegrationTest;
import org.carewarehouse.nightly.NightlyOptions;
import org.carewarehouse.nightly.NightlyRuns;
import org.carewarehouse.nightly.Warehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Costs as DHSC's 6.Costs_fact.sql (COST) 43-113 computes them, and the statistics rules,
 * on the hand-built extracts in {@code fixtures/measures/costs}: Wirral (E08000015),
 * 2023-24, loaded as of 31 March 2024. Three submissions: the annual one (1 April 2023 to
 * 31 March 2024) and its resubmission {@code -r2}, which replaces it (so C08 and C01's
 * 99.00 an hour are gone), and a rolling one (1 July 2023 to 30 June 2024). The annual
 * resubmission costs 1 April to 30 June (91 days, up to the day before the rolling one
 * starts), the rolling one 1 July to 31 March (275 days). Everyone is 65+; every service
 * is long-term community Home Support unless named Day Support.
 */
@NightlyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CostsIntegrationTests {

	static final String WIRRAL = "E08000015";

	static final String HOME_SUPPORT = "Service: Home Support";

	@Autowired
	@Qualifier("nightlyCommand")
	Command<NightlyOptions> nightly;

	@Autowired
	Warehouse warehouse;

	@BeforeAll
	void load() throws Exception {
		assertThat(NightlyRuns.run(this.nightly, "2024-03-31", NightlyRuns.fixture("measures/costs")))
			.isEqualTo(Command.OK);
	}

	/**
	 * Each line's cost in the year, cost a week x days / 7 rounded once (COST 77-113).
	 * C01 has double-up care: two carers, two lines in each submission (GetUniqueEvents
	 * 'Single' keeps both), 20.00 and 22.00 an hour x 7 = 140.00 and 154.00 a week for 91
	 * days (1,820.00 and 2,002.00), then 21.00 and 23.00 = 147.00 and 161.00 for 275 days
	 * (5,775.00 and 6,325.00). C02 520.00 monthly = 520 x 12 / 52 = 120.00 a week (COST
	 * 57), 61 days = 1,045.714 = 1,045.71. C03 has no frequency: ABS(-10) planned units x
	 * 15.00 = 150.00 a week (COST 60), 28 days = 600.00. C04 -300.00 weekly costs
	 * ABS(-300) (COST 49), 14 days = 600.00. C05's hourly cost has 0 planned units and
	 * C07 no cost: dropped from costs (COST 64-67), still services. C06's one-off counts
	 * its 250.00 once, with no weekly cost (COST 80-93).
	 */
	@Test
	void eachLineIsCostedByTheNationalRules() throws Exception {
		assertThat(this.warehouse.rows("SELECT unit_cost::VARCHAR, days, cost_per_week::VARCHAR, spend::VARCHAR "
				+ "FROM fct_service_costs WHERE service_component = 'Home Support' ORDER BY event_reference, days, "
				+ "unit_cost"))
			.containsExactly(List.of("20.00", 91L, "140.00", "1820.00"), List.of("22.00", 91L, "154.00", "2002.00"),
					List.of("21.00", 275L, "147.00", "5775.00"), List.of("23.00", 275L, "161.00", "6325.00"),
					List.of("520.00", 61L, "120.00", "1045.71"), List.of("15.00", 28L, "150.00", "600.00"),
					List.of("300.00", 14L, "300.00", "600.00"), Arrays.asList("18.00", 91L, null, null),
					Arrays.asList("250.00", 1L, null, "250.00"), Arrays.asList(null, 91L, null, null));
		assertThat(this.warehouse.value("SELECT typeof(spend) FROM fct_service_costs LIMIT 1"))
			.isEqualTo("DECIMAL(18,2)");
	}

	/**
	 * Home Support: spend 15,922.00 + 1,045.71 + 600.00 + 600.00 + 250.00 = 18,417.71.
	 * Cost a week leaves out the one-off (it has no weeks of service, COST 95-112):
	 * 18,167.71 over placement days 366 (C01, two carers, one placement) + 61 + 28 + 14 =
	 * 469; x 7 / 469 = 271.1598 = 271.16; a day 38.7371 = 38.74. People and placements
	 * count every service, costed or not (2.Services_fact.sql): C01-C07, 7; spend per
	 * person and per placement 18,417.71 / 7 = 2,631.1014 = 2,631.10.
	 */
	@Test
	void costIndicatorsCountEveryServiceAndSpendTheCostedOnes() throws Exception {
		assertThat(figure("COST-WEEK", HOME_SUPPORT)).containsExactly("18167.71/469.00", "271.16");
		assertThat(figure("COST-DAY", HOME_SUPPORT)).containsExactly("18167.71/469.00", "38.74");
		assertThat(figure("COST-PERSON", HOME_SUPPORT)).containsExactly("18417.71/7.00", "2631.10");
		assertThat(figure("COST-PLACEMENT", HOME_SUPPORT)).containsExactly("18417.71/7.00", "2631.10");
	}

	/**
	 * The spread is over the costed lines' weekly costs: 120, 140, 147, 150, 154, 161 and
	 * 300 (7 lines); median 150.00; a day 120 / 7 = 17.14 to 300 / 7 = 42.86. Placements
	 * 7.
	 */
	@Test
	void spreadOfWeeklyCosts() throws Exception {
		assertThat(this.warehouse.rows("SELECT placements, costed_lines, minimum_per_week::VARCHAR, "
				+ "median_per_week::VARCHAR, maximum_per_week::VARCHAR, minimum_per_day::VARCHAR, "
				+ "maximum_per_day::VARCHAR FROM cost_spread WHERE breakdown = '" + HOME_SUPPORT + "'"))
			.containsExactly(List.of(7L, 7L, "120.00", "150.00", "300.00", "17.14", "42.86"));
	}

	/**
	 * Day opportunities: C09 has no cost, C10 40.00 a day x 5 = 200.00 a week for 28 days
	 * = 800.00. Placements, providers and people count both: 2; spend 800.00; per person
	 * 800.00 / 2 = 400.00. The placement facts carry the weekly cost of the event's lines
	 * in the submission it was taken from: C10 200.00 a week, 200 / 7 = 28.57 a day; C09
	 * none; C01's two carers 147.00 + 161.00 = 308.00.
	 */
	@Test
	void dayOpportunitiesCountUncostedServices() throws Exception {
		assertThat(figure("DAY-PLACEMENTS", "All")).containsExactly("2.00/", "2");
		assertThat(figure("DAY-PROVIDERS", "All")).containsExactly("2.00/", "2");
		assertThat(figure("DAY-PEOPLE", "All")).containsExactly("2.00/", "2");
		assertThat(figure("DAY-SPEND", "All")).containsExactly("800.00/", "800.00");
		assertThat(figure("DAY-SPEND-PERSON", "All")).containsExactly("800.00/2.00", "400.00");
		assertThat(this.warehouse.rows("SELECT cost_per_week::VARCHAR, cost_per_day::VARCHAR "
				+ "FROM fct_day_opportunity_placements ORDER BY cost_per_week NULLS LAST"))
			.containsExactly(List.of("200.00", "28.57"), Arrays.asList(null, null));
		assertThat(this.warehouse.value("SELECT max(cost_per_week)::VARCHAR FROM internal.service_event_costs"))
			.isEqualTo("308.00");
	}

	/**
	 * Wirral has no population aged 0-17: 2 children looked after on 31 March is not a
	 * rate of 2 per 10,000. CLA-RATE has no value and no interval, and indicator_gaps
	 * names the missing denominator; the shares of the 2 children have one (K2 1 / 2 =
	 * 50.0%). Counts (DAY-*) need no denominator and are no gap.
	 */
	@Test
	void aRateWithoutItsPopulationHasNoValueAndShowsAsAGap() throws Exception {
		assertThat(this.warehouse.rows("SELECT numerator::VARCHAR, denominator, value, lower_95, upper_95 "
				+ "FROM indicator_values WHERE indicator_id = 'CLA-RATE' AND council = '" + WIRRAL + "'"))
			.containsExactly(Arrays.asList("2.00", null, null, null, null));
		assertThat(figure("CLA-K2", "All")).containsExactly("1.00/2.00", "50.0");
		assertThat(this.warehouse.rows("SELECT financial_year, missing, definition, breakdowns FROM indicator_gaps "
				+ "WHERE indicator_id = 'CLA-RATE' AND council = '" + WIRRAL + "'"))
			.containsExactly(List.of("2023-24", "denominator", "Mid-year population aged 0-17", 1L));
		assertThat(this.warehouse.count("SELECT count(*) FROM indicator_gaps WHERE indicator_id LIKE 'DAY-%' "
				+ "AND indicator_id <> 'DAY-SPEND-PERSON'"))
			.isZero();
	}

	/** Every indicator row names its definition: version and national source. */
	@Test
	void everyValueNamesItsDefinition() throws Exception {
		assertThat(this.warehouse.rows("SELECT DISTINCT definition_version, national_source FROM indicator_values "
				+ "WHERE indicator_id = 'COST-WEEK'"))
			.containsExactly(List.of(1, "DataS-DHSC/ASC-CLD-LA-Dashboard 6.Costs_fact.sql 43-113"));
		assertThat(this.warehouse.count("SELECT count(*) FROM indicator_values WHERE definition_version IS NULL"))
			.isZero();
	}

	/** Numerator/denominator and the value at the indicator's decimal places. */
	private List<String> figure(String indicator, String breakdown) throws Exception {
		List<List<Object>> rows = this.warehouse
			.rows("SELECT numerator::VARCHAR || '/' || coalesce(denominator::VARCHAR, ''), "
					+ "printf('%.' || decimals || 'f', value) " + "FROM indicator_values WHERE indicator_id = '"
					+ indicator + "' AND council = '" + WIRRAL + "' AND breakdown = '" + breakdown
					+ "' AND financial_year = '2023-24'");
		assertThat(rows).as(indicator + " " + breakdown).hasSize(1);
		return List.of((String) rows.get(0).get(0), (String) rows.get(0).get(1));
	}

}
