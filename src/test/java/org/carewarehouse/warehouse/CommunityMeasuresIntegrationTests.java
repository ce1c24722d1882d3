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
 * ASCOF 3D (DP, SDS and the carers' part), 1E (LD-EMP) and 2E (HOME) on the hand-built
 * extracts in {@code fixtures/measures/community}: one 2023-24 submission per council,
 * loaded as of 31 March 2024. People are named by their LA person id; ages are from the
 * first of the birth month. Knowsley (E08000011) holds the 3D cases, Liverpool
 * (E08000012) the learning disability employment cases and Wirral (E08000015) the
 * accommodation cases. Counts are numerator/denominator.
 */
@NightlyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommunityMeasuresIntegrationTests {

	static final String KNOWSLEY = "E08000011";

	static final String LIVERPOOL = "E08000012";

	static final String WIRRAL = "E08000015";

	@Autowired
	@Qualifier("nightlyCommand")
	Command<NightlyOptions> nightly;

	@Autowired
	Warehouse warehouse;

	@BeforeAll
	void load() throws Exception {
		assertThat(NightlyRuns.run(this.nightly, "2024-03-31", NightlyRuns.fixture("measures/community")))
			.isEqualTo(Command.OK);
	}

	/**
	 * Create_ASCOF_3D_2425_Onwards.sql 161-193: long-term services open on 31 March 2024.
	 * D05's direct payment ended 30 March (only its commissioned service from 30 March is
	 * open); D06's ends on 31 March itself: open. D07 died on 30 March: out (193). D08 is
	 * 17: out (273). 100-113, 223-250, top setting per person: D01 community with a
	 * Direct Payment component (mechanism commissioned, 167: a direct payment) 3; D02
	 * community personal budget and, from January, residential care: residential 2, so
	 * not in the denominator; D03 personal budget 4; D04 commissioned 5 beside a service
	 * with no mechanism 6: 5; D05 5; D06 direct payment 3; D09 (no birth date) personal
	 * budget 4; D10 prison by personal budget 7 beside community commissioned 5: 5.
	 * Denominator (295): D01, D03, D04, D05, D06, D09, D10 = 7. SDS (289-291): D01, D03,
	 * D06, D09 = 4, 57.14 = 57.1%; DP (311): D01, D06 = 2, 28.57 = 28.6%. By age (ROLLUP
	 * 299; D09's unknown age only in the total, 321-327): 18-64 D01 (40), D05 (50), D06
	 * (30), D10 (35): SDS 2/4, DP 2/4; 65+ D03 (70), D04 (80): SDS 1/2, DP 0/2.
	 */
	@Test
	void selfDirectedSupportAndDirectPaymentsOfClients() throws Exception {
		assertThat(counts("SDS", KNOWSLEY, "All")).isEqualTo("4.00/7.00 57.1");
		assertThat(counts("DP", KNOWSLEY, "All")).isEqualTo("2.00/7.00 28.6");
		assertThat(counts("SDS", KNOWSLEY, "Age: 18-64")).isEqualTo("2.00/4.00 50.0");
		assertThat(counts("DP", KNOWSLEY, "Age: 18-64")).isEqualTo("2.00/4.00 50.0");
		assertThat(counts("SDS", KNOWSLEY, "Age: 65+")).isEqualTo("1.00/2.00 50.0");
		assertThat(counts("DP", KNOWSLEY, "Age: 65+")).isEqualTo("0.00/2.00 0.0");
	}

	/**
	 * Create_ASCOF_3D_2425_Onwards.sql 353-375: carers' events in the year; 383-422
	 * support direct to the carer: C01 direct payment 1; C02 personal budget with a Carer
	 * Respite component 2; C03 personal budget with no component: no category (NULL NOT
	 * LIKE is not true, 391); C04 (known by association) commissioned 3 beside a service
	 * with no mechanism 4: 3; C06's support involves the cared-for person 6. Denominator
	 * (503): top support 1-3: C01, C02, C04 = 3. SDS (498) C01, C02 = 2, 66.7%; DP (519)
	 * C01 = 1, 33.3%. 18-64 C01 (50), C04 (45): SDS 1/2, DP 1/2; 65+ C02 (70): SDS 1/1,
	 * DP 0/1.
	 */
	@Test
	void selfDirectedSupportAndDirectPaymentsOfCarers() throws Exception {
		assertThat(counts("SDS-CARER", KNOWSLEY, "All")).isEqualTo("2.00/3.00 66.7");
		assertThat(counts("DP-CARER", KNOWSLEY, "All")).isEqualTo("1.00/3.00 33.3");
		assertThat(counts("SDS-CARER", KNOWSLEY, "Age: 18-64")).isEqualTo("1.00/2.00 50.0");
		assertThat(counts("DP-CARER", KNOWSLEY, "Age: 65+")).isEqualTo("0.00/1.00 0.0");
		assertThat(counts("SDS-CARER", KNOWSLEY, "Age: 65+")).isEqualTo("1.00/1.00 100.0");
	}

	/**
	 * LTS004 replication code.txt 156-178: long-term services in the year, alive at 1
	 * April 2023, 18-64 on 31 March 2024. L02 is 64 (1959-04-01 to 2024-03-31 = 64.999
	 * years); L03 65 (65.08): out. L05 died on 1 April 2023, the year's first day: in.
	 * L07 has only reablement: out. Support reason (PD 1022-1089): L04's two open
	 * services tie on end, so the later start's Mental Health Support wins: out.
	 * Employment (PD 450-503): L01 paid; L02 Unknown on the open service but paid on an
	 * earlier assessment, known beats Unknown: paid; L05 voluntary work; L06 Unknown
	 * (stays in, LTS004 36); L09's two services tie with different known statuses:
	 * Unknown. 2 / 5 = 40.0%. By sex (357): male L01, L06 1/2; female L02, L05 1/2; L09
	 * (Other) in the total only.
	 */
	@Test
	void learningDisabilityPaidEmployment() throws Exception {
		assertThat(counts("LD-EMP", LIVERPOOL, "All")).isEqualTo("2.00/5.00 40.0");
		assertThat(counts("LD-EMP", LIVERPOOL, "Gender: Male")).isEqualTo("1.00/2.00 50.0");
		assertThat(counts("LD-EMP", LIVERPOOL, "Gender: Female")).isEqualTo("1.00/2.00 50.0");
	}

	/**
	 * Accommodation (Create_personal_details_table.sql 97-426): H01 owner occupier, H07
	 * Release 2 "Tenant: Private landlord" (the tenant of a private landlord), H10 Shared
	 * Lives: settled; H02 and H12 care homes: not. H08's assessment records family
	 * housing and its service Unknown: known beats Unknown, settled. Unknown, so from the
	 * latest services (288-403): H03's open home support beats its ended day support,
	 * community home support "Unknown: Presumed at home", settled; H04's open residential
	 * care beats ended home support, registered care home; H05 day support in the
	 * community "Unknown: Presumed in community"; H06's two open services name Shared
	 * Lives and extra care housing, two components, so none: presumed in community; H11
	 * prison. Age (Create_ASCOF_2E_2425_Onwards.sql 176-226) at the end of the latest
	 * service capped at 31 March: H10's ended 30 June 2023 aged 64 (65 at the year end):
	 * 18-64; H09 is 17: out. 18-64: H01, H03, H05, H06, H07, H08, H10, H11 = 8, settled
	 * H01, H03, H07, H08, H10 = 5, 62.5%; male H01, H05, H07, H10, H11 3/5, female H03,
	 * H06, H08 2/3. 65+: H02, H04, H12 (Other) 0/3, male 0/1, female 0/1. 2E LD (learning
	 * disability, 18-64): H05, H08, H10 2/3 = 66.7%; male 1/2, female 1/1.
	 */
	@Test
	void settledAccommodation() throws Exception {
		assertThat(counts("HOME-18-64", WIRRAL, "All")).isEqualTo("5.00/8.00 62.5");
		assertThat(counts("HOME-18-64", WIRRAL, "Gender: Male")).isEqualTo("3.00/5.00 60.0");
		assertThat(counts("HOME-18-64", WIRRAL, "Gender: Female")).isEqualTo("2.00/3.00 66.7");
		assertThat(counts("HOME-65+", WIRRAL, "All")).isEqualTo("0.00/3.00 0.0");
		assertThat(counts("HOME-65+", WIRRAL, "Gender: Male")).isEqualTo("0.00/1.00 0.0");
		assertThat(counts("HOME-LD", WIRRAL, "All")).isEqualTo("2.00/3.00 66.7");
		assertThat(counts("HOME-LD", WIRRAL, "Gender: Male")).isEqualTo("1.00/2.00 50.0");
		assertThat(counts("HOME-LD", WIRRAL, "Gender: Female")).isEqualTo("1.00/1.00 100.0");
	}

	/**
	 * Every council and year with submissions has each cell, 0 when nobody is in it
	 * (Create_ASCOF_3D_2425_Onwards.sql 574-598, Create_ASCOF_2E_2425_Onwards.sql
	 * 396-409): Liverpool has no carers, Knowsley no one with a learning disability.
	 */
	@Test
	void emptyCellsAreZero() throws Exception {
		assertThat(counts("DP-CARER", LIVERPOOL, "All")).isEqualTo("0.00/0.00 null");
		assertThat(counts("LD-EMP", KNOWSLEY, "Gender: Female")).isEqualTo("0.00/0.00 null");
		assertThat(this.warehouse.rows("SELECT DISTINCT breakdown FROM indicator_values "
				+ "WHERE indicator_id = 'HOME-LD' ORDER BY breakdown"))
			.containsExactly(List.of("All"), List.of("Gender: Female"), List.of("Gender: Male"));
	}

	private String counts(String indicator, String council, String breakdown) throws Exception {
		List<List<Object>> rows = this.warehouse.rows(
				"SELECT numerator::VARCHAR || '/' || denominator::VARCHAR || ' ' || coalesce(value::DECIMAL(8, 1)::VARCHAR, 'null') "
						+ "FROM indicator_values WHERE indicator_id = '" + indicator + "' AND council = '" + council
						+ "' AND breakdown = '" + breakdown + "' AND financial_year = '2023-24'");
		assertThat(rows).as(indicator + " " + council + " " + breakdown).hasSize(1);
		return (String) rows.get(0).get(0);
	}

}
