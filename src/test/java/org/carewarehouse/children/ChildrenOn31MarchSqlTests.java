package org.carewarehouse.children;

import java.util.List;

import org.carewarehouse.warehouse.ModelDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Children looked after on 31 March (ind_cla and published.children_placement_area) on
 * hand-built repaired episodes: a child is counted once, with the placement of the
 * episode open that day that started last, all of its attributes taken from that one
 * episode.
 */
class ChildrenOn31MarchSqlTests {

	/**
	 * Child A has two episodes open on 31 March 2024 (LIIA leaves open episodes of the
	 * latest collection year as sent, fix_episodes.py 75-78): U4 with an IFA (PR4) placed
	 * outside the area from 1 May 2023, then U1 with no provider and no placement
	 * postcode from 1 September 2023. A is counted with the later episode only: in foster
	 * care, not with an IFA, area not known. B is in a children's home (K2) in the area.
	 * So of 2 looked after: 1 in K2, 1 fostered, 0 with an IFA; 0 of the 1 whose area is
	 * known placed outside; 0 of 1 residential outside. Taking the provider and area from
	 * the earlier episode because the later one's are blank would count A with an IFA and
	 * outside the area.
	 */
	@Test
	void aChildsPlacementAttributesAllComeFromTheLatestOpenEpisode() throws Exception {
		try (ModelDatabase db = database()) {
			db.models("indicators/ind_cla");
			assertThat(db.rows("SELECT indicator_id, numerator::BIGINT, denominator::BIGINT FROM internal.ind_cla "
					+ "WHERE indicator_id <> 'CLA-RATE' ORDER BY indicator_id"))
				.containsExactly(List.of("CLA-FOSTER", 1L, 2L), List.of("CLA-IFA", 0L, 2L), List.of("CLA-K2", 1L, 2L),
						List.of("CLA-OUT", 0L, 1L), List.of("CLA-RES-OUT", 0L, 1L));

			db.models("staging/breakdown", "staging/suppression", "published/shown_count",
					"published/children_placement_area");
			assertThat(db.rows("SELECT placement, placed_in_area, placed_out_of_area, placed_area_not_known "
					+ "FROM published.children_placement_area ORDER BY placement"))
				.containsExactly(List.of("Children's home", "1", "0", "0"), List.of("Foster care", "0", "0", "1"));
		}
	}

	/**
	 * With the threshold at 4: children's homes 6 in the area, 8 outside, 0 not known
	 * (14); foster care 1, 1 and 5 (7); other residential 3, 9 and 0 (12). Foster care's
	 * two [c] are 7 less 5 = 2 between them, each at least 1, so both 1: its 5 is hidden
	 * too. Other residential's 3 alone would be 12 less 9: its next smallest, the 0, is
	 * hidden. Down the columns, CLA-OUT publishes the 18 placed outside, so foster care's
	 * 1 outside would be 18 less 8 and 9: children's homes' 8 is hidden, and then, alone
	 * in its row, beside it the row's 0. Left shown: every row's total, children's homes'
	 * 6 and other residential's 9; the in-area, outside and not-known columns each keep
	 * two or more hidden cells.
	 */
	@Test
	void aPlaceIsHiddenAgainstItsRowAndItsColumn() throws Exception {
		try (ModelDatabase db = new ModelDatabase().with("suppression_threshold", "4")) {
			db.execute("CREATE TABLE dim_financial_year AS SELECT '2023-24' AS financial_year, "
					+ "DATE '2024-03-31' AS end_date");
			db.execute(
					"""
							CREATE TABLE fct_child_episodes AS
							SELECT 'E06000001' AS council, 2024 AS collection_year, concat_ws('-', place, in_area, range) AS child_key,
							  DATE '2023-06-01' AS decom, CAST(NULL AS DATE) AS dec, place, in_area
							FROM (VALUES ('K2', true, 6), ('K2', false, 8), ('U1', true, 1), ('U1', false, 1),
							  ('U1', NULL, 5), ('R1', true, 3), ('R1', false, 9)) AS t(place, in_area, n), range(n)""");
			db.models("staging/breakdown", "staging/suppression", "published/shown_count",
					"published/children_placement_area");
			assertThat(db.rows("SELECT placement, looked_after, placed_in_area, placed_out_of_area, "
					+ "placed_area_not_known, suppressed FROM published.children_placement_area ORDER BY placement"))
				.containsExactly(List.of("Children's home", "14", "6", "[c]", "[c]", true),
						List.of("Foster care", "7", "[c]", "[c]", "[c]", true),
						List.of("Other residential", "12", "[c]", "9", "[c]", true));
		}
	}

	private static ModelDatabase database() throws Exception {
		ModelDatabase db = new ModelDatabase().with("suppression_threshold", "0");
		db.execute(
				"CREATE TABLE dim_financial_year AS SELECT '2023-24' AS financial_year, DATE '2024-03-31' AS end_date, "
						+ "2023 AS mid_year");
		db.execute("CREATE TABLE population_by_council AS SELECT 'E06000001' AS council, 2023 AS mid_year, 5 AS age, "
				+ "20000 AS population");
		db.execute("CREATE TABLE fct_child_episodes (council VARCHAR, collection_year INTEGER, child_key VARCHAR, "
				+ "decom DATE, dec DATE, place VARCHAR, place_provider VARCHAR, in_area BOOLEAN)");
		db.execute("INSERT INTO fct_child_episodes VALUES "
				+ "('E06000001', 2024, 'A', DATE '2023-05-01', NULL, 'U4', 'PR4', false), "
				+ "('E06000001', 2024, 'A', DATE '2023-09-01', NULL, 'U1', NULL, NULL), "
				+ "('E06000001', 2024, 'B', DATE '2023-06-01', NULL, 'K2', 'PR1', true)");
		return db;
	}

}
