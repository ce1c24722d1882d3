package org.carewarehouse.warehouse;

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
 * The reablement measures on the hand-built extracts in
 * {@code fixtures/measures/reablement} (2023-24, one nightly load as of 31 March 2024),
 * each expected value worked out below from DHSC's code. Liverpool (E08000012) holds the
 * ASCOF 2A cases (people A01-A18), Wirral (E08000015) the hospital discharges for 2D and
 * RBL-91 (B01-B18, C01-C05). Ages are the CLD's: from the first of the birth month, days
 * / 365.25 rounded down.
 */
@NightlyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReablementMeasuresIntegrationTests {

	static final String LIVERPOOL = "E08000012";

	static final String WIRRAL = "E08000015";

	@Autowired
	@Qualifier("nightlyCommand")
	Command<NightlyOptions> nightly;

	@Autowired
	Warehouse warehouse;

	@BeforeAll
	void load() throws Exception {
		assertThat(NightlyRuns.run(this.nightly, "2024-03-31", NightlyRuns.fixture("measures/reablement")))
			.isEqualTo(Command.OK);
	}

	/**
	 * Create_ASCOF_2A_2425_Onwards.sql 153-184: an episode joins while it starts at most
	 * 7 days after the latest end of all earlier episodes. A01: 1 May-31 July, nested
	 * 10-20 May, then 5 August (5 days after 31 July, 77 after the nested end): one
	 * cluster to 20 August. A02: 7 days apart, one cluster; A03: 8 days apart, two.
	 * 196-215: A02's cluster takes the later-ending episode's outcome (ended as planned,
	 * not Deceased); A04's two episodes end on one day, and the usable outcome
	 * (information and advice, rank 10) beats Progress to support planning (4 + 100).
	 */
	@Test
	void clustersFollowTheRunningLatestEnd() throws Exception {
		assertThat(clusters("A01")).containsExactly(List.of("2023-05-01", "2023-08-20", 3L));
		assertThat(clusters("A02")).containsExactly(List.of("2023-06-01", "2023-06-30", 2L));
		assertThat(clusters("A03")).containsExactly(List.of("2023-06-01", "2023-06-10", 1L),
				List.of("2023-06-18", "2023-06-30", 1L));
		assertThat(sequel("A02")).containsExactly(List.of("4a", "NFA: Support ended as planned"));
		assertThat(sequel("A04")).containsExactly(List.of("4a", "NFA: Information and advice or signposting"));
	}

	/**
	 * The sequel hierarchy, 2A 395-937. A05 died 7 days after the end: deceased (436);
	 * A06 8 days after: the cluster's own outcome. A07's outcome is Admitted to hospital,
	 * which comes before the community support starting 2 days later (step 2 before 3).
	 * A08's community support began during reablement and runs past it: a sequel
	 * (488-492). A09: ongoing low level a day after, residential care 6 days after:
	 * residential ranks first (555-598). A10: other short term in short-term nursing
	 * care: Residential or Nursing care (590-595). A14: Progress to support planning and
	 * nothing else: unable to classify (step 6). A15: a review 3 days after the end,
	 * Support ended for other reason (4b); A16: a review ending 5 days before the end
	 * inside the cluster, moved to another LA (4c, 719); A17: equipment inside the
	 * cluster (step 5).
	 */
	@Test
	void sequelsInTheNationalOrder() throws Exception {
		assertThat(sequel("A05")).containsExactly(List.of("1", "NFA: Deceased"));
		assertThat(sequel("A06")).containsExactly(List.of("4a", "NFA: Support ended as planned"));
		assertThat(sequel("A07")).containsExactly(List.of("2", "Admitted to hospital"));
		assertThat(sequel("A08")).containsExactly(List.of("3", "Long term support: Community"));
		assertThat(sequel("A09")).containsExactly(List.of("3", "Long term support: Residential care"));
		assertThat(sequel("A10")).containsExactly(List.of("3", "Short term support: Residential or Nursing care"));
		assertThat(sequel("A11")).containsExactly(List.of("3", "Short term support: Other short term"));
		assertThat(sequel("A14")).containsExactly(List.of("6", "Progress to support planning or services"));
		assertThat(sequel("A15")).containsExactly(List.of("4b", "NFA: Support ended for other reason"));
		assertThat(sequel("A16"))
			.containsExactly(List.of("4c", "NFA: Responsibility moved to another local authority"));
		assertThat(sequel("A17")).containsExactly(List.of("5", "Short term support: Ongoing low level"));
	}

	/**
	 * New clients (2A 325-363): A12's community support ended 90 days before the cluster:
	 * not new; A13's 91 days before: new, and its ST-Max sent twice in one submission is
	 * one episode. 287-290: A18 is 13 at the end: left out.
	 */
	@Test
	void newAdultClientsOnly() throws Exception {
		assertThat(sequel("A12")).isEmpty();
		assertThat(sequel("A18")).isEmpty();
		assertThat(clusters("A13")).containsExactly(List.of("2023-12-01", "2023-12-20", 1L));
		assertThat(sequel("A13")).containsExactly(List.of("4a", "NFA: Support ended as planned"));
	}

	/**
	 * 2A 963-995, 1054-1061: numerator A01, A02, A03 (twice), A04, A06, A11, A13, A15,
	 * A16, A17 = 11; denominator those and A08, A09, A10 = 14 (A05, A07, A14 in neither).
	 * 18-64: A03 twice and A09, 2 / 3; 65+: all but those and A11 (unknown age, in the
	 * total only), 8 / 10. 11 / 14 = 78.571 = 78.6%.
	 */
	@Test
	void shortTermSupportOutcomes() throws Exception {
		assertThat(counts("STM-OUT", LIVERPOOL, "All")).isEqualTo("11.00/14.00 78.6000");
		assertThat(counts("STM-OUT", LIVERPOOL, "Age: 18-64")).isEqualTo("2.00/3.00 66.7000");
		assertThat(counts("STM-OUT", LIVERPOOL, "Age: 65+")).isEqualTo("8.00/10.00 80.0000");
	}

	/**
	 * Create_ASCOF_2D.sql. Linked (317-358): B01 (5 days before), B02 (7 before), B04 and
	 * B05 (3 after), B06 (two discharges in the window: the later, 6 June), B10, B11, B15
	 * (two clusters, two links: counts are clusters, 552), B17 (no admission fields:
	 * linked, a named departure), C01, C02, C04, C05 = 14. Not: B03 (8 days before), B08
	 * (admitted after the cluster started), B09 (in residential care at admission,
	 * 259-264), B12 (discharged to another hospital, 237), B14 (ST-Max that is not
	 * Reablement, 116), B16 (64), B18 (its episodes nest into a cluster starting 10
	 * April), C03 (likewise). Failures within 84 days (402-431): B04 died on day 84 (B05
	 * on day 85 does not count); B11 entered nursing care on the discharge day; C02
	 * residential care on day 49. B06's readmission on 3 June came before its cluster
	 * started; C05's on day 87 is too late. 11 / 14 = 78.57%.
	 */
	@Test
	void reablementAfterDischarge() throws Exception {
		assertThat(counts("RBL-84", WIRRAL, "All")).isEqualTo("11.00/14.00 78.5700");
		assertThat(counts("RBL-84", WIRRAL, "Age: 65-74")).isEqualTo("6.00/8.00 75.0000");
		assertThat(counts("RBL-84", WIRRAL, "Age: 75-84")).isEqualTo("3.00/3.00 100.0000");
		assertThat(counts("RBL-84", WIRRAL, "Age: 85+")).isEqualTo("2.00/3.00 66.6700");
		assertThat(counts("RBL-84", WIRRAL, "Gender: Female")).isEqualTo("7.00/9.00 77.7800");
		assertThat(counts("RBL-84", WIRRAL, "Gender: Male")).isEqualTo("4.00/5.00 80.0000");
		assertThat(counts("RBL-84", WIRRAL, "Support at admission: Those in LT community support"))
			.isEqualTo("1.00/1.00 100.0000");
		assertThat(counts("RBL-84", WIRRAL, "Support at admission: Those not in any LTS"))
			.isEqualTo("10.00/13.00 76.9200");
		assertThat(counts("RBL-84", WIRRAL, "Support at admission: Those in LT community support | Gender: Male"))
			.isEqualTo("1.00/1.00 100.0000");
	}

	/**
	 * RBL-91, the domain notes' definition with 2D's clusters and link window: October to
	 * December discharges reached through a Discharge from Hospital request. C01, C02,
	 * C04 (reablement starting 3 days before the discharge, inside 2D's window) and C05;
	 * not C03, whose reablement is part of a cluster begun in September. At home on day
	 * 91: C01, C04; not C02 (residential care) or C05 (in a hospital spell from 15 to 25
	 * January, day 91 being 19 January). 2 / 4 = 50.0%.
	 */
	@Test
	void stillAtHome91Days() throws Exception {
		assertThat(counts("RBL-91", WIRRAL, "All")).isEqualTo("2.00/4.00 50.0000");
		assertThat(counts("RBL-91", WIRRAL, "Gender: Female")).isEqualTo("1.00/2.00 50.0000");
		assertThat(counts("RBL-91", WIRRAL, "Gender: Male")).isEqualTo("1.00/2.00 50.0000");
	}

	private List<List<Object>> clusters(String person) throws Exception {
		return this.warehouse
			.rows("SELECT start_date::VARCHAR, end_date::VARCHAR, episodes FROM internal.reablement_clusters "
					+ "WHERE scope = 'ST-Max' AND person_key = " + personKey(person) + " ORDER BY start_date");
	}

	private List<List<Object>> sequel(String person) throws Exception {
		return this.warehouse.rows(
				"SELECT sequel_type, final_outcome FROM internal.stm_sequels WHERE person_key = " + personKey(person));
	}

	/** Fixture event references start with the person's id, e.g. A01-001. */
	private String personKey(String person) {
		return "(SELECT any_value(person_key) FROM services WHERE event_reference LIKE '" + person + "-%')";
	}

	private String counts(String indicator, String council, String breakdown) throws Exception {
		return (String) this.warehouse.value("SELECT numerator::VARCHAR || '/' || denominator::VARCHAR || ' ' || "
				+ "value::VARCHAR FROM indicator_values WHERE indicator_id = '" + indicator + "' AND council = '"
				+ council + "' AND breakdown = '" + breakdown + "' AND financial_year = '2023-24'");
	}

}
