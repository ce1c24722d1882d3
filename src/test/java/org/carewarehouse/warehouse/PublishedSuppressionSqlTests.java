package org.carewarehouse.warehouse;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secondary suppression of the published zone (indicators_published and
 * published.weekly_costs) on hand-built service costs of one council and year, with the
 * threshold at 4 (domain.md section 8: counts 1-4 and any rate or proportion whose
 * numerator or denominator is 1-4 are shown as [c]; where a total and the other cells
 * would give a suppressed cell away, the next smallest cell is suppressed too).
 *
 * <p>
 * Carer Respite: 9 people, all with external providers; by support reason and age, 8 aged
 * 18-64 (spend 7,714.29 over 120 days) and 1 aged 65+ (964.29 over 15 days, 450.00 a
 * week). Home Support: 40 people (42 placements), 3 in-house (3 placements) and 37
 * external (39 placements).
 */
class PublishedSuppressionSqlTests {

	@TempDir
	Path run;

	private static final String RESPITE = "Service: Carer Respite";

	private static final String RESPITE_18_64 = RESPITE
			+ " | Support reason: Social Support: Support to Carer | Age: 18-64";

	private static final String RESPITE_65 = RESPITE + " | Support reason: Social Support: Support to Carer | Age: 65+";

	/**
	 * The one person aged 65+ is [c] in COST-PERSON, but the service's 9 people less the
	 * 8 aged 18-64 would give them away: the 18-64 cell is hidden too, although the
	 * breakdown 'Service' also holds Home Support's cells, one of which (3 in-house) is
	 * suppressed as well: each service's cells by support reason and age sum to that
	 * service alone, and its cells by provider type are another breakdown of it. Home
	 * Support's 37 external people are hidden beside the 3 in-house, so that 40 less 37
	 * gives nothing away. The cost per week and per day of the same breakdowns are
	 * figures of the same people, the one person's package at 450.00 a week among them:
	 * they are hidden wherever the people or placements are, and beside them the same
	 * next smallest cell (by people).
	 */
	@Test
	void eachServicesCellsAreSuppressedAgainstThatServicesTotal() throws Exception {
		try (ModelDatabase db = database()) {
			db.models("indicators/indicators_published");
			for (String indicator : List.of("COST-PERSON", "COST-PLACEMENT", "COST-WEEK", "COST-DAY")) {
				assertThat(db.rows("SELECT breakdown, suppressed FROM indicators_published WHERE indicator_id = '"
						+ indicator + "' ORDER BY breakdown"))
					.as(indicator)
					.containsExactly(List.of(RESPITE, false), List.of(RESPITE + " | Provider type: External", false),
							List.of(RESPITE_18_64, true), List.of(RESPITE_65, true),
							List.of("Service: Home Support", false),
							List.of("Service: Home Support | Provider type: External", true),
							List.of("Service: Home Support | Provider type: In-house", true));
			}
			// 8,678.57 / 135 x 7 = 450.00 a week for the service as a whole, shown
			assertThat(db.rows("SELECT numerator_display, denominator_display, value_display FROM indicators_published "
					+ "WHERE indicator_id = 'COST-WEEK' AND breakdown = '" + RESPITE + "'"))
				.containsExactly(List.of("8678.57", "135", "450.00"));
			assertThat(db.rows("SELECT numerator_display, denominator_display, value_display FROM indicators_published "
					+ "WHERE indicator_id = 'COST-WEEK' AND breakdown = '" + RESPITE_65 + "'"))
				.containsExactly(List.of("[c]", "[c]", "[c]"));
		}
	}

	/**
	 * published.weekly_costs hides the cells indicators_published hides: the 65+ cell's 1
	 * placement and the 8 of the 18-64 cell beside it (9 less 8 would give the 1 away),
	 * and Home Support's 39 external placements beside the 3 in-house (42 less 39). A
	 * different choice of the next smallest cell in the two views would let the one's
	 * shown cells fill in the other's hidden ones.
	 */
	@Test
	void weeklyCostsHideTheCellsTheIndicatorsHide() throws Exception {
		try (ModelDatabase db = database()) {
			db.models("indicators/indicators_published", "published/shown_count", "published/weekly_costs");
			assertThat(db.rows("SELECT breakdown, placements, mean_per_week::VARCHAR, suppressed "
					+ "FROM published.weekly_costs ORDER BY breakdown"))
				.containsExactly(List.of(RESPITE, "9", "450.00", false),
						List.of(RESPITE + " | Provider type: External", "9", "450.00", false),
						java.util.Arrays.asList(RESPITE_18_64, "[c]", null, true),
						java.util.Arrays.asList(RESPITE_65, "[c]", null, true),
						List.of("Service: Home Support", "42", "116.67", false),
						java.util.Arrays.asList("Service: Home Support | Provider type: External", "[c]", null, true),
						java.util.Arrays.asList("Service: Home Support | Provider type: In-house", "[c]", null, true));
		}
	}

	/**
	 * Support at admission A, B and C crossed with two age bands, each margin published:
	 * A 3 and 6, B 10 and 12, C 7 and 9; ages 65-74 20 and 75+ 27; A 9, B 22, C 16; all
	 * 47. A's 3 is [c] and A's 6 is hidden beside it (9 less 6), but down the column
	 * 65-74 the 3 would be 20 less 10 and 7, and A's 6 would be 27 less 12 and 9: the
	 * next smallest of each column is hidden too (C's 7 and C's 9), and then C's row
	 * holds two hidden cells. The four make a rectangle that no margin undoes (A 65-74
	 * could be anything from 1 to 8); B's cells and every margin stay.
	 */
	@Test
	void aCellIsSuppressedAgainstEveryTotalItAddsUpTo() throws Exception {
		try (ModelDatabase db = counts(
				"""
						('2023-24', 'All', 47), ('2023-24', 'Age: 65-74', 20), ('2023-24', 'Age: 75+', 27),
						('2023-24', 'Support at admission: A', 9), ('2023-24', 'Support at admission: B', 22),
						('2023-24', 'Support at admission: C', 16),
						('2023-24', 'Support at admission: A | Age: 65-74', 3), ('2023-24', 'Support at admission: A | Age: 75+', 6),
						('2023-24', 'Support at admission: B | Age: 65-74', 10),
						('2023-24', 'Support at admission: B | Age: 75+', 12),
						('2023-24', 'Support at admission: C | Age: 65-74', 7), ('2023-24', 'Support at admission: C | Age: 75+', 9)
						""")) {
			assertThat(db.rows("SELECT breakdown FROM indicators_published WHERE suppressed ORDER BY breakdown"))
				.containsExactly(List.of("Support at admission: A | Age: 65-74"),
						List.of("Support at admission: A | Age: 75+"), List.of("Support at admission: C | Age: 65-74"),
						List.of("Support at admission: C | Age: 75+"));
			assertThat(db.rows("SELECT numerator_display FROM indicators_published "
					+ "WHERE breakdown IN ('Age: 65-74', 'Support at admission: B | Age: 75+') ORDER BY breakdown"))
				.containsExactly(List.of("20"), List.of("12"));
		}
	}

	/**
	 * Age bands of 1, 1, 8 and 12 of a shown total of 22: the two [c] are 22 less 20 = 2
	 * between them, and since zero is shown each is at least 1, so both are 1; the next
	 * smallest (8) is hidden too, leaving 10 between three. In 2023-24 the bands are 1,
	 * 1, 0 and 8 of 10: the next smallest is the 0, hidden like any other cell, after
	 * which 2 lies between three cells and none is pinned.
	 */
	@Test
	void hiddenCellsAddingUpToTheirNumberAreNotLeftAlone() throws Exception {
		try (ModelDatabase db = counts("""
				('2022-23', 'All', 22), ('2022-23', 'Age: 18-64', 1), ('2022-23', 'Age: 65-74', 1),
				('2022-23', 'Age: 75-84', 8), ('2022-23', 'Age: 85+', 12),
				('2023-24', 'All', 10), ('2023-24', 'Age: 18-64', 1), ('2023-24', 'Age: 65-74', 1),
				('2023-24', 'Age: 75-84', 0), ('2023-24', 'Age: 85+', 8)
				""")) {
			assertThat(db.rows("SELECT financial_year, breakdown, numerator_display FROM indicators_published "
					+ "ORDER BY financial_year, breakdown"))
				.containsExactly(List.of("2022-23", "Age: 18-64", "[c]"), List.of("2022-23", "Age: 65-74", "[c]"),
						List.of("2022-23", "Age: 75-84", "[c]"), List.of("2022-23", "Age: 85+", "12"),
						List.of("2022-23", "All", "22"), List.of("2023-24", "Age: 18-64", "[c]"),
						List.of("2023-24", "Age: 65-74", "[c]"), List.of("2023-24", "Age: 75-84", "[c]"),
						List.of("2023-24", "Age: 85+", "8"), List.of("2023-24", "All", "10"));
		}
	}

	/**
	 * Setting X has one age band, 65+ with 3 ([c]); setting Y has 12 aged 18-64 and 10
	 * aged 65+; all 25 is published. X's age bands are a group of one cell, X itself
	 * (unpublished), with nothing else to hide. Over every setting and age the 3 is 25
	 * less 12 and 10, so Y's 10, the smallest shown, is hidden, and then, alone in Y's
	 * age bands, Y's 12 beside it: 25 lies between three hidden cells. X's group of one
	 * is settled first (one part varies, not two) and, left to choose a cell it has not
	 * got, ended the passes with the 3 given away.
	 */
	@Test
	void aGroupWithNothingLeftToHideDoesNotEndThePasses() throws Exception {
		try (ModelDatabase db = counts("""
				('2023-24', 'All', 25), ('2023-24', 'Setting: X | Age: 65+', 3),
				('2023-24', 'Setting: Y | Age: 18-64', 12), ('2023-24', 'Setting: Y | Age: 65+', 10)
				""")) {
			assertThat(db.rows("SELECT breakdown, numerator_display FROM indicators_published ORDER BY breakdown"))
				.containsExactly(List.of("All", "25"), List.of("Setting: X | Age: 65+", "[c]"),
						List.of("Setting: Y | Age: 18-64", "[c]"), List.of("Setting: Y | Age: 65+", "[c]"));
		}
	}

	/**
	 * Short Term Residential Care is a setting of its own, Short Term: Other, and its 6
	 * people are all 65+: in 2023-24 the service and 'Setting: Short Term: Other | Age:
	 * 65+' are the same 5,000.00 over 70 days for 6 people in 6 placements, the setting
	 * publishing the ledger's cost per week besides. Carer Respite's 1 person is [c], and
	 * the service's 6, the next smallest service, is hidden beside it; the setting, alike
	 * in every figure the two both publish, is hidden with it, or it would show the
	 * hidden service under another label. That leaves the settings by age with one hidden
	 * cell, so the smallest other is hidden: Community 18-64 and ST-Max 18-64 both have 5
	 * people, and Community comes first; then Community 65+'s 36, alone in its setting's
	 * age bands. ST-Max 18-64 is Community 18-64's figures to the penny, ledger and all,
	 * but the labels name two settings, so they are two sets of people, and it is shown.
	 * Home Support's 6 in-house people cost 5,000.00 too, but over 84 days, not 70: not
	 * the same people, and shown. In 2022-23 nothing is small, and the same service and
	 * setting, alike to the penny, are shown: cells are alike only within a year.
	 */
	@Test
	void cellsAlikeInEveryFigureAreHiddenTogether() throws Exception {
		try (ModelDatabase db = costDatabase()) {
			db.execute("""
					CREATE TABLE lines AS SELECT * FROM (VALUES
					  ('2023-24', 'Service: Carer Respite', 964.29, 15, 1, 1),
					  ('2023-24', 'Service: Short Term Residential Care', 5000.00, 70, 6, 6),
					  ('2023-24', 'Service: Home Support', 70000.00, 4200, 40, 42),
					  ('2023-24', 'Service: Home Support | Provider type: In-house', 5000.00, 84, 6, 6),
					  ('2023-24', 'Service: Home Support | Provider type: External', 65000.00, 4116, 34, 36),
					  ('2023-24', 'Setting: Short Term: Other | Age: 65+', 5000.00, 70, 6, 6),
					  ('2023-24', 'Setting: Community | Age: 18-64', 8000.00, 480, 5, 5),
					  ('2023-24', 'Setting: Community | Age: 65+', 62964.29, 3735, 36, 38),
					  ('2023-24', 'Setting: Short Term: ST-Max | Age: 18-64', 8000.00, 480, 5, 5),
					  ('2022-23', 'Service: Short Term Residential Care', 5000.00, 70, 6, 6),
					  ('2022-23', 'Service: Home Support', 70000.00, 4200, 40, 42),
					  ('2022-23', 'Setting: Short Term: Other | Age: 65+', 5000.00, 70, 6, 6),
					  ('2022-23', 'Setting: Community | Age: 65+', 70000.00, 4200, 40, 42))
					  AS t(financial_year, breakdown, spend, days, people, placements)""");
			db.execute("""
					CREATE TABLE ledger AS SELECT * FROM (VALUES
					  ('2023-24', 'Setting: Short Term: Other | Age: 65+', 5250.00, 70),
					  ('2023-24', 'Setting: Community | Age: 18-64', 8200.00, 480),
					  ('2023-24', 'Setting: Community | Age: 65+', 63000.00, 3735),
					  ('2023-24', 'Setting: Short Term: ST-Max | Age: 18-64', 8200.00, 480),
					  ('2022-23', 'Setting: Short Term: Other | Age: 65+', 5250.00, 70))
					  AS t(financial_year, breakdown, spend, days)""");
			costs(db).models("indicators/indicators_published");
			assertThat(db.rows("SELECT financial_year, breakdown, count(*) FILTER (WHERE suppressed), count(*) "
					+ "FROM indicators_published GROUP BY ALL ORDER BY ALL"))
				.containsExactly(List.of("2022-23", "Service: Home Support", 0L, 4L),
						List.of("2022-23", "Service: Short Term Residential Care", 0L, 4L),
						List.of("2022-23", "Setting: Community | Age: 65+", 0L, 4L),
						List.of("2022-23", "Setting: Short Term: Other | Age: 65+", 0L, 5L),
						List.of("2023-24", "Service: Carer Respite", 4L, 4L),
						List.of("2023-24", "Service: Home Support", 0L, 4L),
						List.of("2023-24", "Service: Home Support | Provider type: External", 0L, 4L),
						List.of("2023-24", "Service: Home Support | Provider type: In-house", 0L, 4L),
						List.of("2023-24", "Service: Short Term Residential Care", 4L, 4L),
						List.of("2023-24", "Setting: Community | Age: 18-64", 5L, 5L),
						List.of("2023-24", "Setting: Community | Age: 65+", 5L, 5L),
						List.of("2023-24", "Setting: Short Term: Other | Age: 65+", 5L, 5L),
						List.of("2023-24", "Setting: Short Term: ST-Max | Age: 18-64", 0L, 5L));
			assertThat(db
				.rows("SELECT financial_year, numerator_display, denominator_display FROM indicators_published "
						+ "WHERE indicator_id = 'COST-PERSON' AND breakdown = 'Setting: Short Term: Other | Age: 65+' "
						+ "ORDER BY financial_year"))
				.containsExactly(List.of("2022-23", "5000", "6"), List.of("2023-24", "[c]", "[c]"));
		}
	}

	/** A count indicator of one council by year and breakdown, its 1 to 4 suppressed. */
	private static ModelDatabase counts(String rows) throws Exception {
		ModelDatabase db = new ModelDatabase().with("suppression_threshold", "4");
		db.models("staging/breakdown", "staging/suppression");
		db.execute("CREATE TABLE counts AS SELECT * FROM (VALUES " + rows + ") AS t(financial_year, breakdown, n)");
		db.execute("""
				CREATE TABLE indicator_values AS
				SELECT 'X' AS indicator_id, 1 AS definition_version, 'x' AS title, 'E08000014' AS council,
				  'Sefton' AS council_name, 'North West' AS region, financial_year, breakdown, %s, 'count' AS unit,
				  CAST(n AS DECIMAL(18, 2)) AS numerator, CAST(NULL AS DECIMAL(18, 2)) AS denominator,
				  CAST(n AS DOUBLE) AS value, 0 AS decimals, CAST(NULL AS DOUBLE) AS lower_95,
				  CAST(NULL AS DOUBLE) AS upper_95, n BETWEEN 1 AND 4 AS suppressed, 'X' AS suppression_family,
				  CAST(NULL AS VARCHAR) AS suppression_size
				FROM counts""".formatted(IndicatorSqlTests.TYPED_BREAKDOWN));
		return db.models("indicators/indicators_published");
	}

	private ModelDatabase database() throws Exception {
		ModelDatabase db = costDatabase();
		db.execute("""
				CREATE TABLE lines AS SELECT '2023-24' AS financial_year, * FROM (VALUES
				  ('Service: Carer Respite', 8678.57, 135, 9, 9),
				  ('Service: Carer Respite | Provider type: External', 8678.57, 135, 9, 9),
				  ('Service: Carer Respite | Support reason: Social Support: Support to Carer | Age: 18-64',
				    7714.29, 120, 8, 8),
				  ('Service: Carer Respite | Support reason: Social Support: Support to Carer | Age: 65+',
				    964.29, 15, 1, 1),
				  ('Service: Home Support', 70000.00, 4200, 40, 42),
				  ('Service: Home Support | Provider type: In-house', 3000.00, 300, 3, 3),
				  ('Service: Home Support | Provider type: External', 67000.00, 3900, 37, 39))
				  AS t(breakdown, spend, days, people, placements)""");
		db.execute(
				"CREATE TABLE ledger (financial_year VARCHAR, breakdown VARCHAR, spend DECIMAL(18, 2), days INTEGER)");
		costs(db);
		// cost_spread: every line at the same 450.00 a week in Carer Respite; Home
		// Support's mean 116.67 a week
		db.execute("""
				CREATE TABLE cost_spread AS
				SELECT 'E08000014' AS council, '2023-24' AS financial_year, breakdown, placements,
				  CAST(CASE WHEN breakdown LIKE 'Service: Carer Respite%' THEN 450.00 ELSE 116.67 END AS DECIMAL(18, 2))
				    AS mean_per_week,
				  CAST(CASE WHEN breakdown LIKE 'Service: Carer Respite%' THEN 450.00 ELSE 116.67 END AS DECIMAL(18, 2))
				    AS median_per_week,
				  CAST(CASE WHEN breakdown LIKE 'Service: Carer Respite%' THEN 64.29 ELSE 16.67 END AS DECIMAL(18, 2))
				    AS median_per_day
				FROM lines""");
		return db;
	}

	/** A database for the cost family's indicators, with the catalogue they are in. */
	private ModelDatabase costDatabase() throws Exception {
		ModelDatabase db = new ModelDatabase(this.run).with("suppression_threshold", "4").reference("indicators.csv");
		return db.models("staging/breakdown", "staging/suppression", "indicators/indicator_catalogue");
	}

	/**
	 * The cost family's indicators of one council (ind_cost, ind_cost_ledger) from
	 * lines(financial_year, breakdown, spend, days, people, placements) and ledger
	 * (financial_year, breakdown, spend, days): COST-WEEK, COST-DAY and the ledger's cost
	 * per week are spend over days, not suppressed by the catalogue (suppress false);
	 * COST-PERSON and COST-PLACEMENT are (suppress true). Their suppression family, and
	 * the figure that sizes its cells, are the catalogue's.
	 */
	private static ModelDatabase costs(ModelDatabase db) throws Exception {
		return db.execute(
				"""
						CREATE TABLE indicator_values AS
						WITH costs AS (
						  SELECT 'COST-WEEK' AS indicator_id, financial_year, breakdown, spend AS numerator, days AS denominator,
						    7 AS multiplier, false AS suppress FROM lines
						  UNION ALL SELECT 'COST-DAY', financial_year, breakdown, spend, days, 1, false FROM lines
						  UNION ALL SELECT 'COST-PERSON', financial_year, breakdown, spend, people, 1, true FROM lines
						  UNION ALL SELECT 'COST-PLACEMENT', financial_year, breakdown, spend, placements, 1, true FROM lines
						  UNION ALL SELECT 'COST-LEDGER-WEEK', financial_year, breakdown, spend, days, 7, false FROM ledger)
						SELECT indicator_id, 1 AS definition_version, 'x' AS title, 'E08000014' AS council, 'Sefton' AS council_name,
						  'North West' AS region, financial_year, breakdown, %s, 'GBP' AS unit,
						  CAST(numerator AS DECIMAL(18, 2)) AS numerator, CAST(denominator AS DECIMAL(18, 2)) AS denominator,
						  round(numerator / denominator * c.multiplier, 2) AS value, 2 AS decimals, NULL AS lower_95,
						  NULL AS upper_95,
						  c.suppress AND (numerator BETWEEN 1 AND 4 OR denominator BETWEEN 1 AND 4) AS suppressed,
						  k.suppression_family, k.suppression_size
						FROM costs AS c
						JOIN indicator_catalogue AS k USING (indicator_id)"""
					.formatted(IndicatorSqlTests.TYPED_BREAKDOWN));
	}

}
