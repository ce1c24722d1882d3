package org.carewarehouse.warehouse;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * COST-LEDGER-WEEK ({@code indicators/ind_cost_ledger}): ledger spend in a care home
 * setting and age band over the services feed's client days there, and each setting's own
 * row over all its spend and days. One council's year, worked by hand:
 * <ul>
 * <li>Residential 65+: 7,000.00 over 40 + 30 = 70 days.</li>
 * <li>Residential 18-64: 28 days, no spend booked to the band: no row.</li>
 * <li>Residential: 7,000.00 + 700.00 from a cost centre mapped with no age band =
 * 7,700.00, over 70 + 28 = 98 days.</li>
 * <li>Nursing 65+: 1,400.00 and no days at 65+: no row; Nursing: 1,400.00 over its 14
 * days at 18-64.</li>
 * <li>Home care spend is not a care home's: no row.</li>
 * </ul>
 */
class LedgerCostPerWeekSqlTests {

	@Test
	void eachSettingAndAgeBandAndEachSettingAloneIsItsSpendOverItsDays() throws Exception {
		try (ModelDatabase db = new ModelDatabase()) {
			db.execute("""
					CREATE TABLE fct_spend AS
					SELECT * FROM (VALUES
					    ('E1', '2023-24', 1, 'Residential', '65+', 4000.00),
					    ('E1', '2023-24', 13, 'Residential', '65+', 3000.00),
					    ('E1', '2023-24', 2, 'Residential', NULL, 700.00),
					    ('E1', '2023-24', 2, 'Nursing', '65+', 1400.00),
					    ('E1', '2023-24', 2, 'Community: Home Care', '65+', 500.00)
					) AS rows(council, financial_year, period, support_setting, age_band, spend)""");
			db.execute("""
					CREATE TABLE fct_service_costs AS
					SELECT * FROM (VALUES
					    ('E1', '2023-24', 'Residential', '65+', 40),
					    ('E1', '2023-24', 'Residential', '65+', 30),
					    ('E1', '2023-24', 'Residential', '18-64', 28),
					    ('E1', '2023-24', 'Nursing', '18-64', 14),
					    ('E1', '2023-24', 'Community: Home Care', '65+', 7)
					) AS rows(council, financial_year, support_setting, age_band, placement_days)""");
			db.models("indicators/ind_cost_ledger");

			assertThat(db.rows("SELECT breakdown, numerator::VARCHAR, denominator::BIGINT "
					+ "FROM internal.ind_cost_ledger ORDER BY breakdown"))
				.containsExactly(List.of("Setting: Nursing", "1400.00", 14L),
						List.of("Setting: Residential", "7700.00", 98L),
						List.of("Setting: Residential | Age: 65+", "7000.00", 70L));
		}
	}

}
