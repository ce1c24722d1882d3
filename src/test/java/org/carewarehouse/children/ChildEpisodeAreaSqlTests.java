package org.carewarehouse.children;

import java.util.Arrays;

import org.carewarehouse.warehouse.ModelDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * fct_child_episodes places each kept episode in or out of its council's area by the
 * placement's postcode district.
 */
class ChildEpisodeAreaSqlTests {

	/**
	 * E1 lists districts L1 and L2: a placement in L2 is in its area, one in WA1 outside
	 * it, one with no PL_POST not known. E2 lists none (a council missing from the
	 * reference file): its placement in L2 is not known, not outside its area. A deleted
	 * episode is left out.
	 */
	@Test
	void aPlacementIsInOrOutOfAreaOnlyWhereTheCouncilsDistrictsAreKnown() throws Exception {
		try (ModelDatabase db = new ModelDatabase()) {
			db.execute("CREATE TABLE dim_council_postcode_district AS "
					+ "SELECT * FROM (VALUES ('E1', 'L1'), ('E1', 'L2')) AS t(council, postcode_district)");
			db.execute("CREATE TABLE child_episode_repairs AS SELECT * FROM (VALUES "
					+ "('E1', 'A', 'L2', true), ('E1', 'B', 'WA1', true), ('E1', 'C', NULL, true), "
					+ "('E2', 'D', 'L2', true), ('E1', 'E', 'L1', false)) "
					+ "AS t(council, child_key, placement_postcode_district, kept)");
			db.models("marts/fct_child_episodes");
			assertThat(db.rows("SELECT child_key, in_area FROM fct_child_episodes ORDER BY child_key")).containsExactly(
					Arrays.asList("A", true), Arrays.asList("B", false), Arrays.asList("C", null),
					Arrays.asList("D", null));
		}
	}

}
