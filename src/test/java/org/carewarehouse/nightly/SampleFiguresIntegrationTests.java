package org.carewarehouse.nightly;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carewarehouse.warehouse.Catalog;
import org.carewarehouse.warehouse.ViewDictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The committed sample, loaded as of 31 March 2024, reproduces the figures the councils'
 * papers published (the domain notes' list), within the stated tolerance: 1% of the
 * value, or 1 for counts.
 */
@SampleNightTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleFiguresIntegrationTests {

	static final String SEFTON = "E08000014";

	static final String ESSEX = "E10000012";

	static final String CHESHIRE_EAST = "E06000049";

	@Autowired
	NightlyCommand nightly;

	@Autowired
	NightlyHome home;

	@Autowired
	Catalog catalog;

	@Autowired
	Warehouse warehouse;

	@BeforeAll
	void load() throws Exception {
		SampleNight.load(this.nightly, this.home);
	}

	@Test
	void committedDictionaryDescribesEveryViewOfTheSampleCatalog() throws Exception {
		String committed = Files.readString(Path.of("warehouse/dictionary.md"), StandardCharsets.UTF_8);
		assertThat(committed.substring(committed.indexOf(ViewDictionary.HEADING)))
			.as("warehouse/dictionary.md is stale: publish the sample and run the dictionary command")
			.isEqualTo(new ViewDictionary(this.catalog).render());
	}

	@Test
	void seftonAdultIndicators() throws Exception {
		assertValue(figure("ADM-65+", SEFTON, "All", "value"), 753);
		assertValue(figure("ADM-18-64", SEFTON, "All", "value"), 29);
		assertValue(figure("RBL-91", SEFTON, "All", "value"), 88);
		assertValue(figure("RBL-RATE", SEFTON, "All", "value"), 117);
		assertValue(figure("LD-EMP", SEFTON, "All", "value"), 2);
	}

	@Test
	void seftonCareHomeResidentsAndCosts() throws Exception {
		String residents = "SELECT count(DISTINCT person_key) FROM fct_care_home_placements WHERE council = '" + SEFTON
				+ "' AND term = 'Long term' AND care_home_type = '%s' AND start_date <= DATE '2024-03-31' "
				+ "AND coalesce(end_date, DATE '2024-03-31') >= DATE '2024-03-31'";
		assertCount(this.warehouse.count(residents.formatted("Nursing")), 520);
		assertValue(this.warehouse.count(residents.formatted("Residential")), 1040);
		String spread = "SELECT %s FROM cost_spread WHERE council = '" + SEFTON + "' AND financial_year = '2023-24' "
				+ "AND breakdown LIKE 'Service: Long Term %% Care | Support reason: %% | Age: %%'";
		assertValue(number(spread.formatted("min(median_per_week)")), 390);
		assertValue(number(spread.formatted("max(median_per_week)")), 930);
		String day = "SELECT %s FROM cost_spread WHERE council = '" + SEFTON + "' AND financial_year = '2023-24' "
				+ "AND breakdown = 'Service: Day Support'";
		assertValue(number(day.formatted("minimum_per_day")), 45);
		assertThat(number(day.formatted("maximum_per_day"))).isGreaterThan(110);
	}

	@Test
	void seftonWorkforce() throws Exception {
		assertValue(figure("WF-VAC", SEFTON, "All", "value"), 8.1);
		assertValue(figure("WF-QUAL", SEFTON, "All", "value"), 54);
		assertValue(figure("WF-55", SEFTON, "All", "value"), 28);
	}

	@Test
	void seftonChildrenLookedAfter() throws Exception {
		assertCount(figure("CLA-RATE", SEFTON, "All", "numerator"), 621);
		assertCount(figure("CLA-K2", SEFTON, "All", "numerator"), 70);
		assertCount(figure("CLA-IFA", SEFTON, "All", "numerator"), 137);
		assertCount(figure("CLA-RES-OUT", SEFTON, "All", "numerator"), 57);
		assertCount(
				figure("CLA-RES-OUT", SEFTON, "All", "denominator") - figure("CLA-RES-OUT", SEFTON, "All", "numerator"),
				25);
	}

	@Test
	void dayOpportunitiesInEssexAndCheshireEast() throws Exception {
		assertCount(figure("DAY-PROVIDERS", ESSEX, "All", "value"), 102);
		assertCount(figure("DAY-PLACEMENTS", ESSEX, "Provider type: External", "value"), 957);
		assertCount(figure("DAY-PLACEMENTS", ESSEX, "Provider type: In-house", "value"), 629);
		assertValue(figure("DAY-SPEND", ESSEX, "All", "value"), 21_900_000);
		assertCount(figure("DAY-PEOPLE", CHESHIRE_EAST, "All", "value"), 556);
		assertValue(figure("DAY-SPEND", CHESHIRE_EAST, "All", "value"), 5_600_000);
		assertCount(figure("DAY-PEOPLE", CHESHIRE_EAST, "Provision: In-house only", "value"), 315);
		assertCount(figure("DAY-PEOPLE", CHESHIRE_EAST, "Provision: External only", "value"), 197);
		assertCount(figure("DAY-PEOPLE", CHESHIRE_EAST, "Provision: Both", "value"), 44);
		assertValue(figure("DAY-SPEND", CHESHIRE_EAST, "Provider type: In-house", "value"), 3_700_000);
		assertValue(figure("DAY-SPEND", CHESHIRE_EAST, "Provider type: External", "value"), 1_900_000);
	}

	@Test
	void seftonChildrensPlacementBudgetsAndSpend() throws Exception {
		String budget = "SELECT sum(b.budget_amount) FROM budgets b WHERE b.council = '" + SEFTON
				+ "' AND b.financial_year = '2023-24' AND b.cost_centre = '%s'";
		String spend = "SELECT sum(amount) FROM ledger WHERE council = '" + SEFTON
				+ "' AND financial_year = '2023-24' AND cost_centre = '%s'";
		assertValue(number(budget.formatted("CH-RES")), 11_472_000);
		assertValue(number(spend.formatted("CH-RES")), 12_970_000);
		assertValue(number(budget.formatted("CH-IFA")), 5_097_000);
		assertValue(number(spend.formatted("CH-IFA")), 5_100_000);
	}

	/**
	 * The council paper's shape: residential budget 11.472m, forecast 12.97m, overspend
	 * 1.498m, named by the report; IFA 5.097m against 5.100m, within tolerance.
	 */
	@Test
	void seftonReconciliationNamesTheResidentialOverspend() throws Exception {
		String line = "SELECT %s FROM budget_monitoring WHERE council = '" + SEFTON
				+ "' AND financial_year = '2023-24' AND as_at_date = DATE '2024-03-31' AND cost_centre = '%s'";
		assertThat(number(line.formatted("annual_budget", "CH-RES"))).isEqualTo(11_472_000.00);
		assertThat(number(line.formatted("forecast_outturn", "CH-RES"))).isEqualTo(12_970_000.00);
		assertThat(number(line.formatted("variance", "CH-RES"))).isEqualTo(1_498_000.00);
		assertThat(number(line.formatted("forecast_outturn", "CH-IFA"))).isEqualTo(5_100_000.00);
		assertThat(this.warehouse.value(line.formatted("over_tolerance", "CH-IFA"))).isEqualTo(false);
		assertThat(this.warehouse.rows("SELECT cost_centre FROM budget_alerts WHERE council = '" + SEFTON
				+ "' AND financial_year = '2023-24' AND support_setting LIKE 'Children%'"))
			.containsExactly(List.of("CH-RES"));
		// the sample holds 2022-23 and 2023-24: alerts are the latest year's, largest
		// overspend first
		assertThat(this.warehouse.rows("SELECT DISTINCT financial_year FROM budget_alerts"))
			.containsExactly(List.of("2023-24"));
		List<Object> variances = this.warehouse
			.rows("SELECT variance FROM budget_alerts WHERE council = '" + SEFTON + "'")
			.stream()
			.map((row) -> row.get(0))
			.toList();
		assertThat(variances).hasSizeGreaterThan(1)
			.isSortedAccordingTo((x, y) -> ((java.math.BigDecimal) y).compareTo((java.math.BigDecimal) x));
	}

	/**
	 * Sefton's market position statement: adults with a learning disability 3,799 in 2019
	 * and 3,594 by 2030, moderate or severe 861 and 824 (ONS projections times the
	 * prevalence reference); Cheshire East's day opportunities report: older people's
	 * demand up 32.4% (the 2023-24 base grown to 2035).
	 */
	@Test
	void projectedPeopleAndDemand() throws Exception {
		String people = "SELECT projected_people FROM projected_people WHERE council = '" + SEFTON
				+ "' AND mid_year = %d AND condition = '%s' AND age_band = 'All'";
		assertCount(number(people.formatted(2019, "Learning disability")), 3_799);
		assertCount(number(people.formatted(2030, "Learning disability")), 3_594);
		assertCount(number(people.formatted(2019, "Learning disability: moderate or severe")), 861);
		assertCount(number(people.formatted(2030, "Learning disability: moderate or severe")), 824);
		String demand = "SELECT %s FROM projected_demand WHERE council = '" + CHESHIRE_EAST
				+ "' AND base_financial_year = '2023-24' AND age_band = '65+' AND service_type = 'All' "
				+ "AND mid_year = 2035";
		assertThat(number(demand.formatted("growth_percent"))).isEqualTo(32.4);
		assertThat(number(demand.formatted("projected_people")))
			.isCloseTo(number(demand.formatted("base_people")) * 1.324, within(0.1));
	}

	/**
	 * Cheshire East's day opportunities report: three tiers (specialist 30% at 35-70 a
	 * day, community 50% at 16 an hour or 48 a session, enablement 20% at up to 1,000 a
	 * person) and savings of 30,000, 70,000 and 150,000 over three years; its 600
	 * placements (359 in-house, 241 external) each in a tier, and every month of 2023-24
	 * tracked against the first year's target.
	 */
	@Test
	void cheshireEastsDayOpportunitiesPlan() throws Exception {
		assertThat(this.warehouse.rows("SELECT tier, price_unit, target_share::VARCHAR, price_from::VARCHAR, "
				+ "price_to::VARCHAR FROM plan_tiers WHERE council = '" + CHESHIRE_EAST
				+ "' ORDER BY tier, price_unit"))
			.containsExactly(List.of("Community", "Hourly", "50.00", "0.00", "16.00"),
					List.of("Community", "Per session", "50.00", "0.00", "48.00"),
					List.of("Enablement", "One-off", "20.00", "0.00", "1000.00"),
					List.of("Specialist", "Daily", "30.00", "35.00", "70.00"));
		assertThat(
				this.warehouse.rows("SELECT financial_year, target_savings::VARCHAR FROM plan_savings WHERE council = '"
						+ CHESHIRE_EAST + "' ORDER BY financial_year"))
			.containsExactly(List.of("2023-24", "30000.00"), List.of("2024-25", "70000.00"),
					List.of("2025-26", "150000.00"));
		String mix = "SELECT %s FROM plan_mix WHERE council = '" + CHESHIRE_EAST + "' AND financial_year = '2023-24'";
		assertThat(number(mix.formatted("sum(placements)"))).isEqualTo(600);
		assertThat(number(mix.formatted("sum(placements) FILTER (WHERE tier = 'Community')"))).isEqualTo(241);
		assertThat(number(mix.formatted("sum(placements) FILTER (WHERE tier IN ('Specialist', 'Outside the plan'))")))
			.isEqualTo(359);
		assertThat(this.warehouse.count("SELECT count(*) FROM plan_savings_delivered WHERE council = '" + CHESHIRE_EAST
				+ "' AND financial_year = '2023-24' AND year_target = 30000"))
			.isEqualTo(12);
	}

	/**
	 * Sefton's market position statement estimates about 1,000 care home beds taken by
	 * self-funders: registered beds at the occupancy assumption less the council-funded
	 * placements on 31 March 2024.
	 */
	@Test
	void seftonSelfFundedCareHomeBeds() throws Exception {
		assertValue(number("SELECT sum(self_funded_estimate) FROM market_care_homes WHERE council = '" + SEFTON + "'"),
				1_000);
		assertThat(number("SELECT sum(registered_beds) FROM market_care_homes WHERE council = '" + SEFTON + "'"))
			.isEqualTo(2_913);
	}

	/**
	 * Sefton's market position statement: its care home unit cost ranks 150th of 152
	 * councils; self-funders are 42% of the home care market, about 1,400 people; 208 of
	 * the 648 people with day care take it as a direct payment.
	 */
	@Test
	void seftonNationalRankAndCommunityMarkets() throws Exception {
		String cost = "SELECT %s FROM national_unit_costs WHERE council = '" + SEFTON + "' AND financial_year = "
				+ "'2023-24' AND care_home_setting = 'Residential and nursing' AND age_band = 'All'";
		assertThat(number(cost.formatted("rank_highest_first"))).isEqualTo(150);
		assertThat(number(cost.formatted("councils_ranked"))).isEqualTo(152);
		String market = "SELECT %s FROM market_community_services WHERE council = '" + SEFTON
				+ "' AND service_component = '%s'";
		assertValue(number(market.formatted("self_funded_people", "Home Support")), 1_400);
		assertValue(number(market.formatted("self_funded_share", "Home Support")), 42);
		assertCount(number(market.formatted("direct_payment_people", "Day Support")), 208);
		assertCount(number(market.formatted("council_funded_people", "Day Support")), 648);
	}

	private double figure(String id, String council, String breakdown, String column) throws Exception {
		return number("SELECT " + column + " FROM indicator_values WHERE indicator_id = '" + id + "' AND council = '"
				+ council + "' AND financial_year = '2023-24' AND breakdown = '" + breakdown + "'");
	}

	private double number(String sql) throws Exception {
		Object value = this.warehouse.value(sql);
		assertThat(value).as(sql).isNotNull();
		return ((Number) value).doubleValue();
	}

	/** Within 1% of the published value. */
	private static void assertValue(double actual, double published) {
		assertThat(actual).isCloseTo(published, within(published * 0.01));
	}

	/** Within 1 of the published count. */
	private static void assertCount(double actual, double published) {
		assertThat(actual).isCloseTo(published, within(1.0));
	}

}
