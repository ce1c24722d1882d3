package org.carewarehouse.warehouse;

import java.math.BigDecimal;
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
import static org.assertj.core.api.Assertions.within;

/**
 * Every indicator on the hand-built extracts in {@code fixtures/indicators} (2023-24, one
 * nightly load as of 31 March 2024), with each expected value worked out by hand below.
 * People are named by their LA person id; ages are on 31 March 2024. Knowsley (E08000011)
 * holds the admissions, reablement rate, learning disability and direct payment cases;
 * Wirral (E08000015) the hospital discharges; Liverpool (E08000012) the costs, day
 * opportunities, ledger and children. Mid-2023 population: Knowsley 10,000 aged 0-17,
 * 50,000 aged 18-64, 20,000 aged 65+; Wirral 5,000 / 30,000 / 10,000; Liverpool 20,000 /
 * 60,000 / 30,000.
 */
@NightlyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorsIntegrationTests {

	static final String KNOWSLEY = "E08000011";

	static final String WIRRAL = "E08000015";

	static final String LIVERPOOL = "E08000012";

	@Autowired
	@Qualifier("nightlyCommand")
	Command<NightlyOptions> nightly;

	@Autowired
	Warehouse warehouse;

	@BeforeAll
	void load() throws Exception {
		assertThat(NightlyRuns.run(this.nightly, "2024-03-31", NightlyRuns.fixture("indicators")))
			.isEqualTo(Command.OK);
	}

	/**
	 * Knowsley, 65+: K01 (80) starts residential care 1 June 2023: new. K02 (70) moves to
	 * nursing care 1 July 2023, 77 days after a residential stay ended: not new. K03 (75)
	 * ends as a self-funded client: left out. K04 (68) has a short stay: not long-term.
	 * K06 (90) starts residential care in May and nursing care in October: one person.
	 * K08 (72) has been in nursing care since 2021: not in the year. So 2 admissions /
	 * 20,000 x 100,000 = 10.0. Two events: exact Poisson limits 0.2422093 and 7.2246877
	 * (chi-square), x 5 = 1.2110 and 36.1234. 18-64: K05 (40), 1 / 50,000 x 100,000 =
	 * 2.0.
	 */
	@Test
	void permanentAdmissionsPer100000() throws Exception {
		Figure older = figure("ADM-65+", KNOWSLEY, "All");
		assertThat(older.counts()).isEqualTo("2.00/20000.00");
		assertThat(older.value()).isEqualByComparingTo("10.0");
		assertThat(older.lower()).isCloseTo(1.2110464, within(1e-6));
		assertThat(older.upper()).isCloseTo(36.1234383, within(1e-6));
		assertThat(figure("ADM-18-64", KNOWSLEY, "All").value()).isEqualByComparingTo("2.0");
	}

	/**
	 * Wirral's October-December cohort: W01 (80, F) at home; W02 (70, M) readmitted on
	 * day 47 and not discharged again; W03 (88, F) died on day 49; W04 (76, F) in a care
	 * home from 22 December; W05 (67, M) readmitted and discharged again before day 91:
	 * at home. Not in the cohort: W06 (discharged in September), W07 (request route
	 * Community/Other), W08 (aged 60), W09 (reablement 11 days after discharge). 2 / 5 =
	 * 40.0%. Wilson, z = 1.959964: (2r + z^2 -+ z sqrt(z^2 + 4r(1 - p))) / 2(n + z^2) =
	 * (7.841459 -+ 5.761580) / 17.682918 = 0.117621 and 0.769276. By age: 65-74 W02, W05
	 * 1/2; 75-84 W01, W04 1/2; 85+ W03 0/1. By sex: female 1/3, male 1/2.
	 */
	@Test
	void stillAtHome91DaysAfterReablement() throws Exception {
		Figure all = figure("RBL-91", WIRRAL, "All");
		assertThat(all.counts()).isEqualTo("2.00/5.00");
		assertThat(all.value()).isEqualByComparingTo("40.0");
		assertThat(all.lower()).isCloseTo(11.7621, within(1e-3));
		assertThat(all.upper()).isCloseTo(76.9276, within(1e-3));
		assertThat(figure("RBL-91", WIRRAL, "Age: 65-74").counts()).isEqualTo("1.00/2.00");
		assertThat(figure("RBL-91", WIRRAL, "Age: 75-84").counts()).isEqualTo("1.00/2.00");
		assertThat(figure("RBL-91", WIRRAL, "Age: 85+").counts()).isEqualTo("0.00/1.00");
		assertThat(figure("RBL-91", WIRRAL, "Gender: Female").counts()).isEqualTo("1.00/3.00");
		assertThat(figure("RBL-91", WIRRAL, "Gender: Male").counts()).isEqualTo("1.00/2.00");
	}

	/**
	 * The 84-day definition links any discharge in the year falling 7 days before to 3
	 * days after a reablement start, whatever the route: W01-W07 (W08 is 60; W09's
	 * reablement starts 11 days after). No death, readmission or long-term care home
	 * start within 84 days: W01, W06, W07. 3 / 7 = 42.857... = 42.86%.
	 */
	@Test
	void reablementOutcomeWithin84Days() throws Exception {
		Figure figure = figure("RBL-84", WIRRAL, "All");
		assertThat(figure.counts()).isEqualTo("3.00/7.00");
		assertThat(figure.value()).isEqualByComparingTo("42.86");
	}

	/**
	 * People 65+ starting reablement in the year. Knowsley: K09 (78) and K10 (66, two
	 * episodes, one person); not K11 (60) or K12 (started March 2023). 2 / 20,000 x
	 * 10,000 = 1.0. Wirral: W01-W07, W09, W10 = 9 / 10,000 x 10,000 = 9.0.
	 */
	@Test
	void peopleStartingReablementPer10000() throws Exception {
		assertThat(figure("RBL-RATE", KNOWSLEY, "All").counts()).isEqualTo("2.00/20000.00");
		assertThat(figure("RBL-RATE", KNOWSLEY, "All").value()).isEqualByComparingTo("1.0");
		assertThat(figure("RBL-RATE", WIRRAL, "All").value()).isEqualByComparingTo("9.0");
	}

	/**
	 * Wirral's reablement clusters ending in the year: W01, W02, W05, W06, W09 and W10
	 * (two episodes 4 days apart, one cluster) have nothing within 7 days: numerator. W04
	 * goes into residential care 2 days after, W08 into a short stay 2 days after:
	 * denominator only. W03 died: left out. W07 had home support until 40 days before:
	 * not a new client. 6 / 8 = 75.0%.
	 */
	@Test
	void shortTermSupportOutcomes() throws Exception {
		Figure figure = figure("STM-OUT", WIRRAL, "All");
		assertThat(figure.counts()).isEqualTo("6.00/8.00");
		assertThat(figure.value()).isEqualByComparingTo("75.0");
	}

	/**
	 * Knowsley, learning disability and long-term support in the year, aged 18-64: K13
	 * (30, paid 16+ hours), K14 (45, unknown), K15 (50, seeking work); K16 (70, paid) is
	 * too old. 1 / 3 = 33.3%; Wilson (5.841459 -+ 5.000151) / 13.682918 = 0.061492 and
	 * 0.792340.
	 */
	@Test
	void learningDisabilityPaidEmployment() throws Exception {
		Figure figure = figure("LD-EMP", KNOWSLEY, "All");
		assertThat(figure.counts()).isEqualTo("1.00/3.00");
		assertThat(figure.value()).isEqualByComparingTo("33.3");
		assertThat(figure.lower()).isCloseTo(6.1492, within(1e-3));
		assertThat(figure.upper()).isCloseTo(79.2340, within(1e-3));
	}

	/**
	 * Knowsley, long-term community support open on 31 March 2024: K13 (commissioned),
	 * K14 (direct payment), K15 (council-managed personal budget), K16 (commissioned);
	 * K17's ended in January. DP 1 / 4 = 25.0%; SDS 2 / 4 = 50.0%.
	 */
	@Test
	void directPaymentsAndSelfDirectedSupport() throws Exception {
		assertThat(figure("DP", KNOWSLEY, "All").value()).isEqualByComparingTo("25.0");
		assertThat(figure("SDS", KNOWSLEY, "All").counts()).isEqualTo("2.00/4.00");
		assertThat(figure("SDS", KNOWSLEY, "All").value()).isEqualByComparingTo("50.0");
	}

	/**
	 * Liverpool's residential care, clipped to 2023-24 (366 days): L01 700 a week, open
	 * all year: 100.0000 a day x 366 = 36,600.00. L02 2,800 four-weekly = 700 a week, 1
	 * October to 31 December: 92 days = 9,200.00. L03 650 a week from 2 March: 92.8571 a
	 * day x 30 = 2,785.71. Spend 48,585.71 over 488 days: per week x 7 / 488 = 696.926 =
	 * 696.93; per day 99.561 = 99.56; per person (3) and per placement (3) 16,195.237 =
	 * 16,195.24. The ledger's residential 65+ cost centre: 30,000 + 20,000 - 1,000 credit
	 * = 49,000 over the same 488 client days: 49,000 x 7 / 488 = 702.869 = 702.87.
	 */
	@Test
	void costPerWeekAndPerDayFromServicesAndLedger() throws Exception {
		String residential = "Service: Long Term Residential Care";
		assertThat(figure("COST-WEEK", LIVERPOOL, residential).counts()).isEqualTo("48585.71/488.00");
		assertThat(figure("COST-WEEK", LIVERPOOL, residential).value()).isEqualByComparingTo("696.93");
		assertThat(figure("COST-DAY", LIVERPOOL, residential).value()).isEqualByComparingTo("99.56");
		assertThat(figure("COST-PERSON", LIVERPOOL, residential).value()).isEqualByComparingTo("16195.24");
		assertThat(figure("COST-PLACEMENT", LIVERPOOL, residential).counts()).isEqualTo("48585.71/3.00");
		assertThat(figure("COST-LEDGER-WEEK", LIVERPOOL, "Setting: Residential | Age: 65+").value())
			.isEqualByComparingTo("702.87");
	}

	/**
	 * Liverpool's day opportunities, cost a week x days / 7 rounded once at the end
	 * (6.Costs_fact.sql 77-113): L04 in-house 300 a week all year (300 x 366 / 7 =
	 * 15,685.714 = 15,685.71); L05 external 45 a day x 5 days = 225 a week (225 x 366 / 7
	 * = 11,764.286 = 11,764.29); L06 in-house 200 a week April-September (200 x 183 / 7 =
	 * 5,228.571 = 5,228.57) then external 250 a week (250 x 183 / 7 = 6,535.714 =
	 * 6,535.71). Placements 4 (2 in-house, 2 external); people 3: one in-house only, one
	 * external only, one both; providers 3; spend summed before it is rounded, as COST
	 * rounds no line: 274,500 / 7 = 39,214.286 = 39,214.29 (the lines rounded first would
	 * give 39,214.28), in-house 146,400 / 7 = 20,914.29, external 18,300.00; per person
	 * 13,071.43.
	 */
	@Test
	void dayOpportunities() throws Exception {
		assertThat(figure("DAY-PLACEMENTS", LIVERPOOL, "All").value()).isEqualByComparingTo("4");
		assertThat(figure("DAY-PLACEMENTS", LIVERPOOL, "Provider type: In-house").value()).isEqualByComparingTo("2");
		assertThat(figure("DAY-PEOPLE", LIVERPOOL, "All").value()).isEqualByComparingTo("3");
		assertThat(figure("DAY-PEOPLE", LIVERPOOL, "Provision: Both").value()).isEqualByComparingTo("1");
		assertThat(figure("DAY-PEOPLE", LIVERPOOL, "Provision: In-house only").value()).isEqualByComparingTo("1");
		assertThat(figure("DAY-PROVIDERS", LIVERPOOL, "All").value()).isEqualByComparingTo("3");
		assertThat(figure("DAY-SPEND", LIVERPOOL, "All").value()).isEqualByComparingTo("39214.29");
		assertThat(figure("DAY-SPEND", LIVERPOOL, "Provider type: In-house").value()).isEqualByComparingTo("20914.29");
		assertThat(figure("DAY-SPEND-PERSON", LIVERPOOL, "All").value()).isEqualByComparingTo("13071.43");
	}

	/**
	 * Liverpool's children on 31 March 2024: C1 K2 placed in L1 (Liverpool), C2 K2 in
	 * WN1, C3 U4 with a private provider (IFA) in L8, C4 U5 in-house foster carers in
	 * CH41, C5 placed with parents (no placement postcode), C7 S1 in BB2; C6's K2
	 * placement ended in January. Looked after 6, per 10,000 children: 6 / 20,000 x
	 * 10,000 = 3. Children's homes 2 / 6 = 33.3%; foster care 2 / 6 = 33.3%; IFA 1 / 6 =
	 * 16.7%; outside the area 3 (C2, C4, C7) of the 5 with a postcode = 60.0%;
	 * residential outside 2 (C2, C7) of 3 = 66.7%.
	 */
	@Test
	void childrenLookedAfter() throws Exception {
		assertThat(figure("CLA-RATE", LIVERPOOL, "All").counts()).isEqualTo("6.00/20000.00");
		assertThat(figure("CLA-RATE", LIVERPOOL, "All").value()).isEqualByComparingTo("3");
		assertThat(figure("CLA-K2", LIVERPOOL, "All").value()).isEqualByComparingTo("33.3");
		assertThat(figure("CLA-FOSTER", LIVERPOOL, "All").value()).isEqualByComparingTo("33.3");
		assertThat(figure("CLA-IFA", LIVERPOOL, "All").value()).isEqualByComparingTo("16.7");
		assertThat(figure("CLA-OUT", LIVERPOOL, "All").counts()).isEqualTo("3.00/5.00");
		assertThat(figure("CLA-RES-OUT", LIVERPOOL, "All").value()).isEqualByComparingTo("66.7");
	}

	/**
	 * Sefton's ASC-WDS snapshot on 31 March 2024: workplaces W1 (4 permanent and
	 * temporary staff, 1 vacancy, 1 leaver) and W2 (6, 1, 2); workers 0001 (59, 14 years
	 * in the sector, female, qualified), 0002 (34, 4, male, not), 0003 (24, 1, female,
	 * qualified), 0004 (66, 29, female, unknown). Ages are the snapshot year less the
	 * year of birth: 2024 - 1965 = 59, - 1990 = 34, - 2000 = 24, - 1958 = 66. Vacancy
	 * rate 2 / (4 posts + 2) = 33.3%; turnover 3 / 10 = 30.0%; qualified 2 of the 3 known
	 * = 66.7%; aged 55+ 2 / 4 = 50.0%; average age (59 + 34 + 24 + 66) / 4 = 45.75 =
	 * 45.8; female 3 / 4 = 75.0%; average years in the sector (14 + 4 + 1 + 29) / 4 =
	 * 12.0. Published, each figure over fewer than 10 workers is suppressed: all but
	 * turnover, whose 10 permanent and temporary staff are the workplaces' own count.
	 */
	@Test
	void workforce() throws Exception {
		String sefton = "E08000014";
		assertThat(figure("WF-VAC", sefton, "All").counts()).isEqualTo("2.00/6.00");
		assertThat(figure("WF-VAC", sefton, "All").value()).isEqualByComparingTo("33.3");
		assertThat(figure("WF-TURN", sefton, "All").value()).isEqualByComparingTo("30.0");
		assertThat(figure("WF-QUAL", sefton, "All").value()).isEqualByComparingTo("66.7");
		assertThat(figure("WF-55", sefton, "All").value()).isEqualByComparingTo("50.0");
		assertThat(figure("WF-AGE", sefton, "All").value()).isEqualByComparingTo("45.8");
		assertThat(figure("WF-FEM", sefton, "All").value()).isEqualByComparingTo("75.0");
		assertThat(figure("WF-YRS", sefton, "All").value()).isEqualByComparingTo("12.0");
		assertThat(this.warehouse.rows("SELECT indicator_id, value FROM indicators_published "
				+ "WHERE indicator_id LIKE 'WF-%' AND NOT suppressed"))
			.containsExactly(List.of("WF-TURN", 30.0));
	}

	/**
	 * Liverpool's children's commitments: C1 in a children's home at 3,500.00 a week all
	 * year (366 days x 500.00 = 183,000.00), C3 with an IFA at 700.00 a week from 1
	 * October (183 days x 100.00 = 18,300.00). Cost per placement day: residential
	 * 500.00, IFA 100.00, all 201,300.00 / 549 = 366.67.
	 */
	@Test
	void childrensPlacementCostPerDay() throws Exception {
		assertThat(figure("CLA-COST-DAY", LIVERPOOL, "Setting: Children: Residential").value())
			.isEqualByComparingTo("500.00");
		assertThat(figure("CLA-COST-DAY", LIVERPOOL, "Setting: Children: IFA").value()).isEqualByComparingTo("100.00");
		assertThat(figure("CLA-COST-DAY", LIVERPOOL, "All").counts()).isEqualTo("201300.00/549.00");
		assertThat(figure("CLA-COST-DAY", LIVERPOOL, "All").value()).isEqualByComparingTo("366.67");
	}

	/**
	 * RBL-RATE, higher is better: Wirral 9.0 ranks first, Knowsley 1.0 second. The pooled
	 * all-council value is 11 / 30,000 x 10,000 = 3.67 = 3.7. Wirral's interval (exact
	 * Poisson for 9: 4.115 to 17.085) lies above it: better; Knowsley's (0.121 to 3.612)
	 * below: worse. Both are in the North West, so the regional figures are the same. Two
	 * councils have no quartile (PHStatsMethods' ph_quantile needs one at least for
	 * each).
	 */
	@Test
	void benchmarksRankAndCompareByPolarity() throws Exception {
		List<List<Object>> rows = this.warehouse.rows("SELECT council, rank_all, quartile_all, "
				+ "all_councils_value::VARCHAR, compared_to_all, rank_region, compared_to_region "
				+ "FROM indicator_benchmarks WHERE indicator_id = 'RBL-RATE' ORDER BY rank_all");
		assertThat(rows).containsExactly(Arrays.asList(WIRRAL, 1L, null, "3.7000", "Better", 1L, "Better"),
				Arrays.asList(KNOWSLEY, 2L, null, "3.7000", "Worse", 2L, "Worse"));
	}

	/**
	 * Published figures hide small numbers: Knowsley's 2 admissions are [c]; Wirral's 9
	 * reablement starts are shown.
	 */
	@Test
	void publishedFiguresSuppressSmallCounts() throws Exception {
		assertThat(this.warehouse.rows("SELECT numerator_display, value_display, numerator, suppressed "
				+ "FROM indicators_published WHERE indicator_id = 'ADM-65+' AND council = '" + KNOWSLEY + "'"))
			.containsExactly(java.util.Arrays.asList("[c]", "[c]", null, true));
		assertThat(this.warehouse.rows("SELECT numerator_display, value_display, value FROM indicators_published "
				+ "WHERE indicator_id = 'RBL-RATE' AND council = '" + WIRRAL + "'"))
			.containsExactly(List.of("9", "9.0", 9.0));
	}

	@Test
	void everyIndicatorIsCatalogued() throws Exception {
		assertThat(this.warehouse.count("SELECT count(*) FROM indicator_values v "
				+ "WHERE NOT EXISTS (SELECT 1 FROM indicator_catalogue k WHERE k.indicator_id = v.indicator_id)"))
			.isZero();
		assertThat(this.warehouse.count("SELECT count(DISTINCT indicator_id) FROM indicator_values"))
			.isEqualTo(this.warehouse.count("SELECT count(*) FROM indicator_catalogue"));
	}

	private Figure figure(String indicator, String council, String breakdown) throws Exception {
		List<List<Object>> rows = this.warehouse
			.rows("SELECT numerator::VARCHAR || '/' || coalesce(denominator::VARCHAR, ''), value, lower_95, upper_95 "
					+ "FROM indicator_values WHERE indicator_id = '" + indicator + "' AND council = '" + council
					+ "' AND breakdown = '" + breakdown + "' AND financial_year = '2023-24'");
		assertThat(rows).as(indicator + " " + council + " " + breakdown).hasSize(1);
		List<Object> row = rows.get(0);
		return new Figure((String) row.get(0), (BigDecimal) row.get(1),
				(row.get(2) != null) ? ((Number) row.get(2)).doubleValue() : Double.NaN,
				(row.get(3) != null) ? ((Number) row.get(3)).doubleValue() : Double.NaN);
	}

	private record Figure(String counts, BigDecimal value, double lower, double upper) {
	}

}
