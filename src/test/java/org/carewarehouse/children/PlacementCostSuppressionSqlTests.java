package org.carewarehouse.children;

import java.nio.file.Path;
import java.util.List;

import org.carewarehouse.warehouse.ModelDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CLA-COST-DAY ({@code indicators/ind_cla_cost}) through {@code indicator_values}: a cost
 * per day of one to four children is their placements' price, so a published figure hides
 * it, however many days and pounds it rests on. Liverpool's 2023-24 children's
 * commitments, worked by hand:
 * <ul>
 * <li>Children: Residential: child A, two lines (a rate change), 150 and 215 days: one
 * child, suppressed.</li>
 * <li>Children: IFA: children B to F, 100 days each: five children, shown.</li>
 * <li>Children: In-house fostering: four lines with no child key: no child counted, so
 * shown (the count cannot say there are few).</li>
 * <li>All: six children, 365 + 500 + 120 = 985 days at 100.00 a day, shown.</li>
 * </ul>
 */
class PlacementCostSuppressionSqlTests {

	@TempDir
	Path run;

	@Test
	void aCostPerDayOfOneToFourChildrenIsSuppressed() throws Exception {
		try (ModelDatabase db = new ModelDatabase(this.run)) {
			db.execute("""
					CREATE TABLE commitment_months AS
					SELECT 'E08000012' AS council, '2023-24' AS financial_year, 'Children' AS client_group,
					    cost_centre, child AS local_person_key, CAST(days AS BIGINT) AS days,
					    CAST(days * 100 AS DECIMAL(18, 2)) AS amount
					FROM (VALUES ('CH-RES', 'A', 150), ('CH-RES', 'A', 215), ('CH-IFA', 'B', 100), ('CH-IFA', 'C', 100),
					    ('CH-IFA', 'D', 100), ('CH-IFA', 'E', 100), ('CH-IFA', 'F', 100), ('CH-FOS', NULL, 30),
					    ('CH-FOS', NULL, 30), ('CH-FOS', NULL, 30), ('CH-FOS', NULL, 30))
					    AS t(cost_centre, child, days)""");
			db.execute("""
					CREATE TABLE cost_centres AS
					SELECT 'E08000012' AS council, * FROM (VALUES ('CH-RES', 'Children: Residential'),
					    ('CH-IFA', 'Children: IFA'), ('CH-FOS', 'Children: In-house fostering'))
					    AS t(cost_centre, support_setting)""");
			db.indicatorValues("ind_cla_cost");

			assertThat(db.rows("SELECT breakdown, CAST(numerator AS VARCHAR), CAST(denominator AS BIGINT), suppressed "
					+ "FROM indicator_values WHERE indicator_id = 'CLA-COST-DAY' ORDER BY breakdown"))
				.containsExactly(List.of("All", "98500.00", 985L, false),
						List.of("Setting: Children: IFA", "50000.00", 500L, false),
						List.of("Setting: Children: In-house fostering", "12000.00", 120L, false),
						List.of("Setting: Children: Residential", "36500.00", 365L, true));
		}
	}

}
