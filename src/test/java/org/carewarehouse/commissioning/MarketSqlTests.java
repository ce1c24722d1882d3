package org.carewarehouse.commissioning;

import java.nio.file.Path;
import java.util.List;

import org.carewarehouse.warehouse.ModelDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The care home market from hand-made CQC directory rows and council-funded placements on
 * 31 March 2024, at the reference occupancy of 88%.
 */
class MarketSqlTests {

	@TempDir
	Path run;

	ModelDatabase db;

	@BeforeEach
	void open() throws Exception {
		this.db = new ModelDatabase(this.run).with("as_of", "2024-03-31").reference("market-assumptions.csv");
		this.db.models("staging/arithmetic");
	}

	@AfterEach
	void close() throws Exception {
		this.db.close();
	}

	/**
	 * L1 (Sefton, 100 beds): 88 occupied; placements open on the day 3 (one ended 30
	 * March, one starts 1 April: out), so 85 self-funded, 3.0% council-funded. L2 (10
	 * beds, 9 occupied) has 12 council-funded: none self-funded, never -3; 120.0%. L4 is
	 * in "cheshire east" (names match whatever their case): 50 beds, 44 occupied, none
	 * funded. L3 is not a care home and L5's authority is no council: not listed. The
	 * commitment register has two lines open at L1 on the day (700.00 and 650.50 a week;
	 * one ended the day before, and another council's line at L1 is its own).
	 */
	@Test
	void selfFundersAreOccupiedBedsLessCouncilFundedPlacements() throws Exception {
		this.db.execute("""
				CREATE TABLE dim_council AS SELECT * FROM (VALUES ('E08000014', 'Sefton'),
				    ('E06000049', 'Cheshire East')) AS t(council, council_name)""");
		this.db.execute("""
				CREATE TABLE cqc_locations AS SELECT * FROM (VALUES
				    ('L1', 'One', 'Y', 100, 'Sefton', 'Care home service with nursing'),
				    ('L2', 'Two', 'Y', 10, 'Sefton', 'Care home service without nursing'),
				    ('L3', 'Three', 'N', NULL, 'Sefton', 'Domiciliary care service'),
				    ('L4', 'Four', 'Y', 50, 'cheshire east', 'Care home service without nursing'),
				    ('L5', 'Five', 'Y', 40, 'Nowhere', 'Care home service without nursing'))
				    AS t(location_id, location_name, care_home, registered_beds, local_authority, service_types)""");
		this.db.execute("""
				CREATE TABLE fct_care_home_placements AS
				SELECT * FROM (VALUES
				    ('E08000014', 'L1', DATE '2023-01-01', NULL),
				    ('E08000014', 'L1', DATE '2023-06-01', DATE '2024-03-31'),
				    ('E08000014', 'L1', DATE '2024-03-31', NULL),
				    ('E08000014', 'L1', DATE '2023-01-01', DATE '2024-03-30'),
				    ('E08000014', 'L1', DATE '2024-04-01', NULL)) AS t(council, provider_id, start_date, end_date)
				UNION ALL
				SELECT 'E08000014', 'L2', DATE '2024-01-01', NULL FROM range(12)""");
		this.db.execute("""
				CREATE TABLE commitments AS SELECT * FROM (VALUES
				    ('E08000014', 'L1', DATE '2023-01-01', NULL, 700.00),
				    ('E08000014', 'L1', DATE '2024-03-31', DATE '2024-03-31', 650.50),
				    ('E08000014', 'L1', DATE '2023-01-01', DATE '2024-03-30', 999.00),
				    ('E06000049', 'L1', DATE '2023-01-01', NULL, 888.00))
				    AS t(council, provider_id, start_date, end_date, weekly_cost)""");
		this.db.models("marts/market_care_homes");
		assertThat(this.db.rows("SELECT council, location_id, registered_beds, council_funded, occupied_beds, "
				+ "self_funded_estimate, council_funded_share::VARCHAR, committed_placements, "
				+ "committed_weekly_cost::VARCHAR FROM market_care_homes ORDER BY location_id"))
			.containsExactly(List.of("E08000014", "L1", 100, 3L, 88L, 85L, "3.0000", 2L, "1350.50"),
					List.of("E08000014", "L2", 10, 12L, 9L, 0L, "120.0000", 0L, "0.00"),
					List.of("E06000049", "L4", 50, 0L, 44L, 44L, "0.0000", 0L, "0.00"));
		assertThat(this.db.text("SELECT DISTINCT occupancy_source FROM market_care_homes")).contains("assumption");
	}

	/**
	 * Sefton on 31 March 2024. Home care: p1 (two lines, once), p2 (ends that day) and p5
	 * (a direct payment) are open; p3 ended the day before, p4 starts the day after, p6
	 * is a carer and p7's service is short term: 3 people, 1 by direct payment (33.3%);
	 * at the 42% self-funded share 3 x 0.42 / 0.58 = 2.17, so 2 self-funders of a market
	 * of 5 (40.0%). Day care: p1 by direct payment, p8 commissioned, p10 both ways: 3
	 * people, 2 by direct payment (66.7%), no self-funder assumption. Cheshire East's one
	 * home care user gives 0.72, so 1 self-funder, 50.0%.
	 */
	@Test
	void homeCareSelfFundersAndDirectPaymentsOnTheDay() throws Exception {
		this.db.execute(
				"""
						CREATE TABLE internal.service_events AS SELECT * FROM (VALUES
						    ('E08000014', 'p1', 'Service', 'Service User', 'Long Term Support: Community', 'Home Support', 'CASSR Commissioned Support', DATE '2023-01-01', NULL),
						    ('E08000014', 'p1', 'Service', 'Service User', 'Long Term Support: Community', 'Home Support', 'CASSR Commissioned Support', DATE '2023-06-01', NULL),
						    ('E08000014', 'p2', 'Service', 'Service User', 'Long Term Support: Community', 'Home Support', 'CASSR Commissioned Support', DATE '2023-01-01', DATE '2024-03-31'),
						    ('E08000014', 'p3', 'Service', 'Service User', 'Long Term Support: Community', 'Home Support', 'CASSR Commissioned Support', DATE '2023-01-01', DATE '2024-03-30'),
						    ('E08000014', 'p4', 'Service', 'Service User', 'Long Term Support: Community', 'Home Support', 'CASSR Commissioned Support', DATE '2024-04-01', NULL),
						    ('E08000014', 'p5', 'Service', 'Service User', 'Long Term Support: Community', 'Home Support', 'Direct Payment', DATE '2023-01-01', NULL),
						    ('E08000014', 'p6', 'Service', 'Carer', 'Long Term Support: Community', 'Home Support', 'CASSR Commissioned Support', DATE '2023-01-01', NULL),
						    ('E08000014', 'p7', 'Service', 'Service User', 'Short Term Support: Other Short Term', 'Home Support', 'CASSR Commissioned Support', DATE '2023-01-01', NULL),
						    ('E08000014', 'p1', 'Service', 'Service User', 'Long Term Support: Community', 'Day Support', 'Direct Payment', DATE '2023-01-01', NULL),
						    ('E08000014', 'p8', 'Service', 'Service User', 'Long Term Support: Community', 'Day Support', 'CASSR Commissioned Support', DATE '2023-01-01', NULL),
						    ('E08000014', 'p9', 'Request', 'Service User', NULL, NULL, NULL, DATE '2023-01-01', NULL),
						    ('E08000014', 'p10', 'Service', 'Service User', 'Long Term Support: Community', 'Day Support', 'CASSR Commissioned Support', DATE '2023-01-01', NULL),
						    ('E08000014', 'p10', 'Service', 'Service User', 'Long Term Support: Community', 'Day Support', 'Direct Payment', DATE '2023-01-01', NULL),
						    ('E06000049', 'q1', 'Service', 'Service User', 'Long Term Support: Community', 'Home Support', 'CASSR Commissioned Support', DATE '2023-01-01', NULL))
						    AS t(council, person_key, event_type, client_type, service_type, service_component,
						        delivery_mechanism, event_start_date, event_end_date)""");
		this.db.models("marts/market_community_services");
		assertThat(this.db.rows("""
				SELECT council, service_component, council_funded_people, direct_payment_people,
				    direct_payment_share::VARCHAR, coalesce(self_funded_people, -1), coalesce(market_people, -1),
				    coalesce(self_funded_share::VARCHAR, '-')
				FROM market_community_services ORDER BY council DESC, service_component DESC""")).containsExactly(
				List.of("E08000014", "Home Support", 3L, 1L, "33.3000", 2L, 5L, "40.0000"),
				List.of("E08000014", "Day Support", 3L, 2L, "66.7000", -1L, -1L, "-"),
				List.of("E06000049", "Home Support", 1L, 0L, "0.0000", 1L, 2L, "50.0000"));
		assertThat(this.db.text("SELECT DISTINCT self_funder_source FROM market_community_services "
				+ "WHERE self_funder_source IS NOT NULL"))
			.contains("42%");
	}

}
