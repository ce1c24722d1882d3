package org.carewarehouse.warehouse;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * COST-LEDGER-WEEK ({@code indicators/ind_cost_ledger}): ledger spend in a care home
 * setting and age band over the services feed's client days there, and each setting's own
 * row over all its spend and days. One council's year, worked by hand:
 * <ul>
 * <li>Residential 65+: 7,000.00 over 40 + 30 = 70 days of people P1 and P2.</li>
 * <li>Residential 18-64: 28 days of P3, no spend booked to the band: no row.</li>
 * <li>Residential: 7,000.00 + 700.00 from a cost centre mapped with no age band =
 * 7,700.00, over 70 + 28 = 98 days of 3 people.</li>
 * <li>Nursing 65+: 1,400.00 and no days at 65+: no row; Nursing: 1,400.00 over its 14
 * days at 18-64, of P4.</li>
 * <li>Home care spend is not a care home's: no row.</li>
 * </ul>
 */
class LedgerCostPerWeekSqlTests {

	@TempDir
	Path run;

	@Test
	void eachSettingAndAgeBandAndEachSettingAloneIsItsSpendOverItsDays() throws Exception {
		try (ModelDatabase db = ledgerAndDays()) {
			db.models("indicators/ind_cost_ledger");

			assertThat(db.rows("SELECT breakdown, numerator::VARCHAR, denominator::BIGINT, people "
					+ "FROM internal.ind_cost_ledger ORDER BY breakdown"))
				.containsExactly(List.of("Setting: Nursing", "1400.00", 14L, 1L),
						List.of("Setting: Residential", "7700.00", 98L, 3L),
						List.of("Setting: Residential | Age: 65+", "7000.00", 70L, 2L));
		}
	}

	/**
	 * Every figure here rests on 1 to 3 people, so every one is suppressed; the setting's
	 * own rows too, though no cost of the services feed stands beside them to hide them
	 * by its people, and their pounds and days are far above the threshold.
	 */
	@Test
	void aCostPerWeekOfOneToFourPeopleIsSuppressed() throws Exception {
		try (ModelDatabase db = ledgerAndDays()) {
			db.indicatorValues("ind_cost_ledger");

			assertThat(db.rows("SELECT breakdown, suppressed FROM indicator_values "
					+ "WHERE indicator_id = 'COST-LEDGER-WEEK' ORDER BY breakdown"))
				.containsExactly(List.of("Setting: Nursing", true), List.of("Setting: Residential", true),
						List.of("Setting: Residential | Age: 65+", true));
		}
	}

	private ModelDatabase ledgerAndDays() throws Exception {
		ModelDatabase db = new ModelDatabase(this.run);
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
				    ('E1', '2023-24', 'Residential', '65+', 40, 'P1'),
				    ('E1', '2023-24', 'Residential', '65+', 30, 'P2'),
				    ('E1', '2023-24', 'Residential', '18-64', 28, 'P3'),
				    ('E1', '2023-24', 'Nursing', '18-64', 14, 'P4'),
				    ('E1', '2023-24', 'Community: Home Care', '65+', 7, 'P5')
				) AS rows(council, financial_year, support_setting, age_band, placement_days, person_key)""");
		return db;
	}

}
