package org.carewarehouse.commissioning;

import java.nio.file.Path;
import java.util.List;

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
	 * funded. L3 is not a care home and L5's authority is no council: not listed.
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
		this.db.models("marts/market_care_homes");
		assertThat(this.db.rows("SELECT council, location_id, registered_beds, council_funded, occupied_beds, "
				+ "self_funded_estimate, council_funded_share::VARCHAR FROM market_care_homes ORDER BY location_id"))
			.containsExactly(List.of("E08000014", "L1", 100, 3L, 88L, 85L, "3.0000"),
					List.of("E08000014", "L2", 10, 12L, 9L, 0L, "120.0000"),
					List.of("E06000049", "L4", 50, 0L, 44L, 44L, "0.0000"));
		assertThat(this.db.text("SELECT DISTINCT occupancy_source FROM market_care_homes")).contains("assumption");
	}

}
