package org.carewarehouse.commissioning;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.carewarehouse.warehouse.ModelDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national comparison from hand-made rows of the published ASC-FR data file and ASCOF
 * measures file: four councils, a tie, a council with its weeks not submitted, totals and
 * a region the views must leave out.
 */
class NationalSqlTests {

	private static final String A = "E08000014";

	private static final String B = "E99000001";

	private static final String C = "E99000002";

	private static final String D = "E99000003";

	@TempDir
	Path run;

	ModelDatabase db;

	@BeforeEach
	void open() throws Exception {
		this.db = new ModelDatabase(this.run).with("as_of", "2024-03-31");
		this.db.models("staging/arithmetic", "staging/cost_per_week");
	}

	@AfterEach
	void close() throws Exception {
		this.db.close();
	}

	/**
	 * Residential 65+: A (100 + 50 thousand over 200 + 50 weeks; its Total reason and
	 * Total provision rows left out) 600.00, B 120 / 200 = 600.00 (a tie, both 2nd), C 70
	 * / 100 = 700.00 (1st), D's weeks ':' (null) so no cost and no rank: 3 ranked.
	 * Nursing 65+: A 700.00, B 600.00, C 1 / 3 = 333.33. Together 65+: A 220,000 / 350 =
	 * 628.57, B 180,000 / 300 = 600.00, C 71,000 / 103 = 689.32. A's 18-64 residential
	 * (30 / 25 = 1,200.00) makes its residential All 180,000 / 275 = 654.55 and its total
	 * All 250,000 / 375 = 666.67. The warehouse's own for A: residential 65+ 700.00 over
	 * 14 days = 350.00 a week, nursing 100.00 over 7 = 100.00, together 800 / 21 x 7 =
	 * 266.67.
	 */
	@Test
	void unitCostsAreSpendOverWeeksRankedHighestFirst() throws Exception {
		this.db.execute(
				"""
						CREATE TABLE ascfr_items AS SELECT *, 'Council ' || ons_code AS geography_name,
						    '2023-24' AS financial_year FROM (VALUES
						    ('%1$s', 'Expenditure', 'Gross current expenditure', '65 and over', 'Physical Support', 'Residential', 'External', 100),
						    ('%1$s', 'Activity', 'Weeks of care', '65 and over', 'Physical Support', 'Residential', 'External', 200),
						    ('%1$s', 'Expenditure', 'Gross current expenditure', '65 and over', 'Physical Support', 'Residential', 'In House', 50),
						    ('%1$s', 'Activity', 'Weeks of care', '65 and over', 'Physical Support', 'Residential', 'In House', 50),
						    ('%1$s', 'Expenditure', 'Gross current expenditure', '65 and over', 'Total', 'Residential', 'External', 999),
						    ('%1$s', 'Activity', 'Weeks of care', '65 and over', 'Physical Support', 'Residential', 'Total', 1),
						    ('%1$s', 'Expenditure', 'Gross current expenditure', '65 and over', 'Physical Support', 'Nursing', 'External', 70),
						    ('%1$s', 'Activity', 'Weeks of care', '65 and over', 'Physical Support', 'Nursing', 'External', 100),
						    ('%1$s', 'Expenditure', 'Gross current expenditure', '18 to 64', 'Learning Disability Support', 'Residential', 'External', 30),
						    ('%1$s', 'Activity', 'Weeks of care', '18 to 64', 'Learning Disability Support', 'Residential', 'External', 25),
						    ('%1$s', 'Expenditure', 'Gross current expenditure', '65 and over', 'Physical Support', 'Home Care', 'External', 500),
						    ('%2$s', 'Expenditure', 'Gross current expenditure', '65 and over', 'Physical Support', 'Residential', 'External', 120),
						    ('%2$s', 'Activity', 'Weeks of care', '65 and over', 'Physical Support', 'Residential', 'External', 200),
						    ('%2$s', 'Expenditure', 'Gross current expenditure', '65 and over', 'Physical Support', 'Nursing', 'External', 60),
						    ('%2$s', 'Activity', 'Weeks of care', '65 and over', 'Physical Support', 'Nursing', 'External', 100),
						    ('%3$s', 'Expenditure', 'Gross current expenditure', '65 and over', 'Physical Support', 'Residential', 'External', 70),
						    ('%3$s', 'Activity', 'Weeks of care', '65 and over', 'Physical Support', 'Residential', 'External', 100),
						    ('%3$s', 'Expenditure', 'Gross current expenditure', '65 and over', 'Physical Support', 'Nursing', 'External', 1),
						    ('%3$s', 'Activity', 'Weeks of care', '65 and over', 'Physical Support', 'Nursing', 'External', 3),
						    ('%4$s', 'Expenditure', 'Gross current expenditure', '65 and over', 'Physical Support', 'Residential', 'External', 80),
						    ('%4$s', 'Activity', 'Weeks of care', '65 and over', 'Physical Support', 'Residential', 'External', NULL),
						  ('E92000001', 'Expenditure', 'Gross current expenditure', '65 and over', 'Physical Support', 'Residential', 'External', 9000),
						  ('E92000001', 'Activity', 'Weeks of care', '65 and over', 'Physical Support', 'Residential', 'External', 10))
						    AS t(ons_code, finance_type, finance_description, ascfr_age_band, ascfr_support_reason,
						        ascfr_support_setting, ascfr_provision, item_value)"""
					.formatted(A, B, C, D));
		this.db.execute("""
				CREATE TABLE fct_service_costs AS SELECT *, placement_days AS days, 'Weekly' AS cost_frequency,
				    NULL::DECIMAL(18, 2) AS planned_units_per_week FROM (VALUES
				    ('%s', '2023-24', 'Residential', '65+', 350.00, 700.00, 14),
				    ('%1$s', '2023-24', 'Nursing', '65+', 100.00, 100.00, 7),
				    ('%1$s', '2023-24', 'Community: Home Care', '65+', 5000.00, 5000.00, 7),
				    ('E06000049', '2023-24', 'Residential', '65+', 900.00, 900.00, 7))
				    AS t(council, financial_year, support_setting, age_band, unit_cost, spend, placement_days)"""
			.formatted(A));
		this.db.models("marts/national_unit_costs");
		assertThat(lines("""
				SELECT council, care_home_setting, national_unit_cost::VARCHAR, rank_highest_first, councils_ranked,
				    warehouse_unit_cost::VARCHAR
				FROM national_unit_costs WHERE age_band = '65+' ORDER BY care_home_setting, council"""))
			.containsExactly(row("%1$s | Nursing | 700.00 | 1 | 3 | 100.00"),
					row("%2$s | Nursing | 600.00 | 2 | 3 | -"), row("%3$s | Nursing | 333.33 | 3 | 3 | -"),
					row("%1$s | Residential | 600.00 | 2 | 3 | 350.00"), row("%2$s | Residential | 600.00 | 2 | 3 | -"),
					row("%3$s | Residential | 700.00 | 1 | 3 | -"), row("%4$s | Residential | - | - | 3 | -"),
					row("%1$s | Residential and nursing | 628.57 | 2 | 3 | 266.67"),
					row("%2$s | Residential and nursing | 600.00 | 3 | 3 | -"),
					row("%3$s | Residential and nursing | 689.32 | 1 | 3 | -"),
					row("%4$s | Residential and nursing | - | - | 3 | -"));
		assertThat(lines("""
				SELECT care_home_setting, ascfr_expenditure::VARCHAR, national_unit_cost::VARCHAR
				FROM national_unit_costs WHERE council = '%s' AND age_band = 'All' ORDER BY care_home_setting"""
			.formatted(A))).containsExactly(row("Nursing | 70000.00 | 700.00"), row("Residential | 180000.00 | 654.55"),
					row("Residential and nursing | 250000.00 | 666.67"));
	}

	/**
	 * 2C: A and C tie at 757.6 (both 1st), B 600.0 3rd, D's outcome blank (not ranked)
	 * and the region's row is no council: 3 ranked. 3D2A: B 30.0 1st, A 25.0 2nd. The
	 * warehouse's own: ADM-65+ (catalogue 2C) for A in 2023-24 overall, 753.0, not its
	 * age breakdown nor its other year; DP (3D(2a)) 26.5. B is not in the warehouse.
	 */
	@Test
	void ascofMeasuresAreRankedBesideTheWarehousesOwnValue() throws Exception {
		this.db.execute("""
				CREATE TABLE ascof_measures AS SELECT *, '2023-24' AS financial_year, 'x' AS geography_code,
				    'Area ' || ons_code AS geography_name, 'Total' AS disaggregation,
				    measure_code AS measure_group, 'About ' || measure_code AS measure_group_description
				FROM (VALUES
				    ('Council', '%1$s', '2C', 'Numerator', 500.0), ('Council', '%1$s', '2C', 'Denominator', 66000.0),
				    ('Council', '%1$s', '2C', 'Outcome', 757.6), ('Council', '%2$s', '2C', 'Numerator', 300.0),
				    ('Council', '%2$s', '2C', 'Denominator', 50000.0), ('Council', '%2$s', '2C', 'Outcome', 600.0),
				    ('Council', '%3$s', '2C', 'Outcome', 757.6), ('Council', '%4$s', '2C', 'Numerator', 5.0),
				    ('Council', '%4$s', '2C', 'Outcome', NULL), ('Region', 'E12000002', '2C', 'Outcome', 900.0),
				    ('Council', '%1$s', '3D2A', 'Outcome', 25.0), ('Council', '%2$s', '3D2A', 'Outcome', 30.0),
				    ('Council', '%1$s', '2E', 'Outcome', 80.0))
				    AS t(geography_level, ons_code, measure_code, measure_type, measure_value)""".formatted(A, B, C,
				D));
		this.db.execute("""
				CREATE TABLE indicator_catalogue AS SELECT * FROM (VALUES ('ADM-65+', '2C'), ('DP', '3D(2a)'),
				    ('RBL-RATE', NULL), ('HOME-18-64', '2E'), ('HOME-65+', '2E')) AS t(indicator_id, ascof_new)""");
		this.db.execute("""
				CREATE TABLE indicator_values AS SELECT * FROM (VALUES
				    ('%1$s', '2023-24', 'ADM-65+', 'All', 753.0), ('%1$s', '2023-24', 'ADM-65+', 'Age: 65-74', 1.0),
				    ('%1$s', '2022-23', 'ADM-65+', 'All', 2.0), ('%1$s', '2023-24', 'DP', 'All', 26.5),
				    ('%1$s', '2023-24', 'RBL-RATE', 'All', 117.0), ('%1$s', '2023-24', 'HOME-18-64', 'All', 81.0),
				    ('%1$s', '2023-24', 'HOME-65+', 'All', 79.0))
				    AS t(council, financial_year, indicator_id, breakdown, value)""".formatted(A));
		this.db.models("indicators/national_measures");
		assertThat(lines("""
				SELECT council, measure_code, ascof_numerator, ascof_outcome, rank_highest_first, councils_ranked,
				    indicator_id, warehouse_value::VARCHAR
				FROM national_measures ORDER BY measure_code, council""")).containsExactly(
				row("%1$s | 2C | 500.0 | 757.6 | 1 | 3 | ADM-65+ | 753.0"),
				row("%2$s | 2C | 300.0 | 600.0 | 3 | 3 | - | -"), row("%3$s | 2C | - | 757.6 | 1 | 3 | - | -"),
				row("%4$s | 2C | 5.0 | - | - | 3 | - | -"), row("%1$s | 2E | - | 80.0 | 1 | 1 | - | -"),
				row("%1$s | 3D2A | - | 25.0 | 2 | 2 | DP | 26.5"), row("%2$s | 3D2A | - | 30.0 | 1 | 2 | - | -"));
	}

	private List<String> lines(String sql) throws SQLException {
		return this.db.rows(sql)
			.stream()
			.map((row) -> row.stream().map((v) -> (v != null) ? String.valueOf(v) : "-").collect(joining(" | ")))
			.toList();
	}

	private static String row(String line) {
		return line.formatted(A, B, C, D);
	}

}
