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
 * A three-tier day opportunities plan (Cheshire East's shape: specialist 30% at 35-70 a
 * day, community 50% at up to 16 an hour or 48 a session, enablement 20% at up to 1,000 a
 * person) over hand-made placements: the tier each is placed in, the mix against the
 * targets and the savings delivered each month.
 */
class PlanSqlTests {

	@TempDir
	Path run;

	ModelDatabase db;

	@BeforeEach
	void open() throws Exception {
		this.db = new ModelDatabase(this.run).with("as_of", "2023-05-31");
		this.db.execute("""
				CREATE TABLE plan_tiers AS SELECT council, plan, service_component, tier,
				    target_share::DECIMAL(18,2) AS target_share, price_unit, price_from::DECIMAL(18,2) AS price_from,
				    price_to::DECIMAL(18,2) AS price_to
				FROM (VALUES
				    ('C', 'Day', 'Day Support', 'Specialist', 30, 'Daily', 35, 70),
				    ('C', 'Day', 'Day Support', 'Community', 50, 'Hourly', 0, 16),
				    ('C', 'Day', 'Day Support', 'Community', 50, 'Per session', 0, 48),
				    ('C', 'Day', 'Day Support', 'Enablement', 20, 'One-off', 0, 1000))
				    AS t(council, plan, service_component, tier, target_share, price_unit, price_from, price_to)""");
		this.db.execute("""
				CREATE TABLE plan_savings AS SELECT council, plan, service_component, financial_year,
				    target_savings::DECIMAL(18,2) AS target_savings, baseline_date::DATE AS baseline_date
				FROM (VALUES ('C', 'Day', 'Day Support', '2023-24', 30000, '2023-03-31'),
				    ('C', 'Day', 'Day Support', '2024-25', 70000, '2023-03-31'))
				    AS t(council, plan, service_component, financial_year, target_savings, baseline_date)""");
		this.db.execute("""
				CREATE TABLE internal.service_years AS SELECT 'C' AS council, '2023-24' AS financial_year,
				    DATE '2023-04-01' AS start_date, DATE '2024-03-31' AS end_date""");
		this.db.models("staging/arithmetic", "marts/dim_financial_year", "marts/dim_period");
	}

	@AfterEach
	void close() throws Exception {
		this.db.close();
	}

	/**
	 * E1 50 a day and E2 35 (the range's floor): specialist; E3 70.01 a day: outside; E4
	 * 16 an hour and E6 40 a session: community; E5 48.50 a session: outside; E7 900
	 * one-off: enablement; E8's weekly fee has no tier: outside. E9 is home support and
	 * council D has no plan: neither is a plan placement.
	 */
	@Test
	void eachPlacementIsPlacedByItsPriceAndPattern() throws Exception {
		placements();
		assertThat(this.db.rows("SELECT event_id, tier FROM plan_placements ORDER BY event_id")).containsExactly(
				List.of("E1", "Specialist"), List.of("E2", "Specialist"), List.of("E3", "Outside the plan"),
				List.of("E4", "Community"), List.of("E5", "Outside the plan"), List.of("E6", "Community"),
				List.of("E7", "Enablement"), List.of("E8", "Outside the plan"));
	}

	/**
	 * 2023-24: E3 ended before the year, leaving 7. Specialist E1, E2 2/7 = 28.6% against
	 * 30 (-1.4), weekly 250 + 175 = 425, 212.50 each; community E4, E6 28.6% against 50
	 * (-21.4), 160 + 200 = 360, 180.00; enablement E7 1/7 = 14.3% against 20 (-5.7), no
	 * weekly cost; outside E5, E8 28.6%, no target, 97 + 250 = 347, 173.50.
	 */
	@Test
	void theMixIsComparedWithTheTargets() throws Exception {
		placements();
		assertThat(this.db.rows("SELECT tier, placements, actual_share::VARCHAR, coalesce(target_share::VARCHAR, '-'), "
				+ "coalesce(share_gap::VARCHAR, '-'), weekly_cost::VARCHAR, coalesce(average_weekly_cost::VARCHAR, '-') "
				+ "FROM plan_mix " + "WHERE financial_year = '2023-24' ORDER BY tier"))
			.containsExactly(List.of("Community", 2L, "28.6000", "50.00", "-21.4000", "360.00", "180.0000"),
					List.of("Enablement", 1L, "14.3000", "20.00", "-5.7000", "0.00", "-"),
					List.of("Outside the plan", 2L, "28.6000", "-", "-", "347.00", "173.5000"),
					List.of("Specialist", 2L, "28.6000", "30.00", "-1.4000", "425.00", "212.5000"));
	}

	/**
	 * Baseline 31 March 2023: P1 500 a week and P2 300 open, 800 x 52 = 41,600. 30 April:
	 * P3 (100 a week from 10 April) too, 900 x 52 = 46,800: -5,200 delivered against
	 * 30,000 x 1/12 = 2,500, not on track. 31 May: P2 ended 15 May, 600 x 52 = 31,200:
	 * 10,400 against 5,000, on track. 2024-25's months are after the business date.
	 */
	@Test
	void savingsDeliveredAreTrackedMonthByMonth() throws Exception {
		events("('C', 'P1', 'Day Support', '2023-01-01', NULL, 100.00, 'Daily', 5, 500)",
				"('C', 'P2', 'Day Support', '2023-01-01', '2023-05-15', 60.00, 'Daily', 5, 300)",
				"('C', 'P3', 'Day Support', '2023-04-10', NULL, 20.00, 'Daily', 5, 100)");
		assertThat(this.db.rows("SELECT financial_year, period, baseline_annual_cost::VARCHAR, "
				+ "month_end_annual_cost::VARCHAR, savings_delivered::VARCHAR, target_to_date::VARCHAR, on_track "
				+ "FROM plan_savings_delivered ORDER BY financial_year, period"))
			.containsExactly(List.of("2023-24", 1L, "41600.00", "46800.00", "-5200.00", "2500.00", false),
					List.of("2023-24", 2L, "41600.00", "31200.00", "10400.00", "5000.00", true));
	}

	private void placements() throws Exception {
		events("('C', 'E1', 'Day Support', '2023-01-01', NULL, 50.00, 'Daily', 5, 250)",
				"('C', 'E2', 'Day Support', '2023-01-01', NULL, 35.00, 'Daily', 5, 175)",
				"('C', 'E3', 'Day Support', '2022-01-01', '2023-03-01', 70.01, 'Daily', 5, 350.05)",
				"('C', 'E4', 'Day Support', '2023-01-01', NULL, 16.00, 'Hourly', 10, 160)",
				"('C', 'E5', 'Day Support', '2023-01-01', NULL, 48.50, 'Per session', 2, 97)",
				"('C', 'E6', 'Day Support', '2023-01-01', NULL, 40.00, 'Per session', 5, 200)",
				"('C', 'E7', 'Day Support', '2023-01-01', NULL, 900.00, 'One-off', NULL, NULL)",
				"('C', 'E8', 'Day Support', '2023-01-01', NULL, 250.00, 'Weekly', NULL, 250)",
				"('C', 'E9', 'Home Support', '2023-01-01', NULL, 50.00, 'Daily', 5, 250)",
				"('D', 'E1', 'Day Support', '2023-01-01', NULL, 50.00, 'Daily', 5, 250)");
	}

	private void events(String... rows) throws Exception {
		this.db.execute("""
				CREATE TABLE events AS SELECT council, event_id, component,
				    start_date::DATE AS start_date, end_date::DATE AS end_date, unit_cost::DECIMAL(18,2) AS unit_cost,
				    frequency, units::DECIMAL(18,2) AS units, weekly::DECIMAL(18,2) AS weekly
				FROM (VALUES %s) AS t(council, event_id, component, start_date, end_date, unit_cost, frequency, units,
				    weekly)""".formatted(String.join(",\n", rows)));
		this.db.execute("""
				CREATE TABLE internal.service_events AS SELECT council, event_id, 'K-' || event_id AS person_key,
				    'PROV' AS provider_id, 'External' AS provider_type, 'Service' AS event_type,
				    'Service User' AS client_type, component AS service_component, start_date AS event_start_date,
				    end_date AS event_end_date, unit_cost, frequency AS cost_frequency,
				    units AS planned_units_per_week
				FROM events""");
		this.db
			.execute("CREATE TABLE internal.service_event_costs AS SELECT council, event_id, weekly AS cost_per_week "
					+ "FROM events");
		this.db.models("marts/plan_placements", "marts/plan_mix", "marts/plan_savings_delivered");
	}

}
