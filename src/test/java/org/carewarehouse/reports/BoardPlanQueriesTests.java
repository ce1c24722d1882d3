package org.carewarehouse.reports;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carewarehouse.warehouse.SqlTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board report's projection and plan tables, each query run for council C over rows
 * made up here, with council D's rows beside them to be left out and a suppression
 * threshold of 4.
 */
class BoardPlanQueriesTests {

	private Connection connection;

	@BeforeEach
	void open() throws Exception {
		this.connection = DriverManager.getConnection("jdbc:duckdb:");
		String macro = new ClassPathResource("warehouse/sql/published/shown_count.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		execute(new SqlTemplate("shown_count.sql", macro).fill(Map.of("suppression_threshold", "4")));
	}

	@AfterEach
	void close() throws SQLException {
		this.connection.close();
	}

	/**
	 * Only the plan's latest year (2023-24, not 2022-23), tiers by target share with the
	 * tier outside the plan last; Specialist's 3 placements show as [c] and so does their
	 * average cost, which with the count would name a person's package.
	 */
	@Test
	void planMixShowsTheLatestYearWithSmallTiersHidden() throws Exception {
		execute("""
				CREATE TABLE plan_mix AS SELECT * FROM (VALUES
				  ('C', 'P', '2022-23', 'Community', 10, 100.0, 50.00, 50.0, 1500.00, 150.00),
				  ('C', 'P', '2023-24', 'Specialist', 3, 15.0, 30.00, -15.0, 630.00, 210.00),
				  ('C', 'P', '2023-24', 'Community', 12, 60.0, 50.00, 10.0, 1800.00, 150.00),
				  ('C', 'P', '2023-24', 'Outside the plan', 5, 25.0, NULL, NULL, 750.00, 150.00),
				  ('D', 'P', '2024-25', 'Community', 9, 100.0, 50.00, 50.0, 900.00, 100.00))
				  AS t(council, plan, financial_year, tier, placements, actual_share, target_share, share_gap,
				    weekly_cost, average_weekly_cost)""");

		assertThat(rows("board_plan_mix")).containsExactly(
				List.of("P", "2023-24", "Community", "12", "60.0", "50.00", "10.0", "150.00"),
				List.of("P", "2023-24", "Specialist", "[c]", "15.0", "30.00", "-15.0", "[c]"),
				List.of("P", "2023-24", "Outside the plan", "5", "25.0", "", "", "150.00"));
	}

	/** Each savings year's latest month only: March 2024's, not February's. */
	@Test
	void planSavingsShowTheLatestMonthOfEachYear() throws Exception {
		execute("""
				CREATE TABLE plan_savings_delivered AS SELECT * FROM (VALUES
				  ('C', 'P', '2023-24', DATE '2024-02-29', 20000.00, 27500.00, 30000.00, false),
				  ('C', 'P', '2023-24', DATE '2024-03-31', 31000.00, 30000.00, 30000.00, true),
				  ('C', 'P', '2024-25', DATE '2024-04-30', 2000.00, 35833.33, 70000.00, false),
				  ('D', 'P', '2023-24', DATE '2024-03-31', 1.00, 2.00, 3.00, false))
				  AS t(council, plan, financial_year, month_end, savings_delivered, target_to_date, year_target,
				    on_track)""");

		assertThat(rows("board_plan_savings")).containsExactly(
				List.of("P", "2023-24", "2024-03-31", "31000.00", "30000.00", "30000.00", "On track"),
				List.of("P", "2024-25", "2024-04-30", "2000.00", "35833.33", "70000.00", "Behind"));
	}

	/**
	 * Every service together only; 3 people aged 18-64 show as [c] with their growth and
	 * projection; 65+'s 110.4 rounds to 110.
	 */
	@Test
	void projectedDemandHidesASmallBase() throws Exception {
		execute("""
				CREATE TABLE projected_demand AS SELECT * FROM (VALUES
				  ('C', '2023-24', 'All', 'All', '18-64', 3, 2030, 5.0, 3.15),
				  ('C', '2023-24', 'All', 'All', '65+', 100, 2030, 10.4, 110.4),
				  ('C', '2023-24', 'Long Term Support: Community', 'Home Support', '65+', 60, 2030, 10.4, 66.24),
				  ('D', '2023-24', 'All', 'All', '65+', 50, 2030, 1.0, 50.5))
				  AS t(council, base_financial_year, service_type, service_component, age_band, base_people,
				    mid_year, growth_percent, projected_people)""");

		assertThat(rows("board_projected_demand")).containsExactly(
				List.of("18-64", "2030", "2023-24", "[c]", "[c]", "[c]"),
				List.of("65+", "2030", "2023-24", "100", "10.4", "110"));
	}

	/** The condition's bands together only, with the prevalence source. */
	@Test
	void projectedConditionsShowTheBandsTogether() throws Exception {
		execute("""
				CREATE TABLE projected_people AS SELECT * FROM (VALUES
				  ('C', 2030, 'Learning disability', '18-24', 500, 'PANSI'),
				  ('C', 2030, 'Learning disability', 'All', 3594, 'PANSI'),
				  ('C', 2025, 'Learning disability', 'All', 3650, 'PANSI'),
				  ('D', 2030, 'Learning disability', 'All', 1, 'PANSI'))
				  AS t(council, mid_year, condition, age_band, projected_people, source)""");

		assertThat(rows("board_projected_conditions")).containsExactly(
				List.of("Learning disability", "2025", "3650", "PANSI"),
				List.of("Learning disability", "2030", "3594", "PANSI"));
	}

	private List<List<String>> rows(String query) throws Exception {
		String sql = new ClassPathResource(query + ".sql", BoardTable.class).getContentAsString(StandardCharsets.UTF_8);
		List<List<String>> rows = new ArrayList<>();
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			statement.setString(1, "C");
			try (ResultSet result = statement.executeQuery()) {
				int columns = result.getMetaData().getColumnCount();
				while (result.next()) {
					List<String> row = new ArrayList<>();
					for (int i = 1; i <= columns; i++) {
						String value = result.getString(i);
						row.add((value != null) ? value : "");
					}
					rows.add(row);
				}
			}
		}
		return rows;
	}

	private void execute(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
