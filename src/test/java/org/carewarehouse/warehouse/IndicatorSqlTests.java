package org.carewarehouse.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The statistics and arithmetic every indicator shares, run in DuckDB from the same SQL
 * files the catalog builds: exact rounding, Wilson, Byar and exact Poisson intervals,
 * suppression and the published view's secondary suppression. Expected values are worked
 * out by hand in each test.
 */
class IndicatorSqlTests {

	@TempDir
	Path run;

	Connection connection;

	/** The typed breakdown columns indicator_values derives from its label. */
	static final String TYPED_BREAKDOWN = """
			breakdown_part(breakdown, 'Support at admission') AS support_at_admission,
			breakdown_part(breakdown, 'Service') AS service_component, breakdown_part(breakdown, 'Setting') AS support_setting,
			breakdown_part(breakdown, 'Provision') AS provision, breakdown_part(breakdown, 'Provider type') AS provider_type,
			breakdown_part(breakdown, 'Provider') AS provider_id,
			breakdown_part(breakdown, 'Support reason') AS primary_support_reason,
			breakdown_part(breakdown, 'Age') AS age_band, breakdown_part(breakdown, 'Gender') AS gender""";

	@BeforeEach
	void openWithTheModels() throws Exception {
		Path reference = Files.createDirectories(this.run.resolve("reference"));
		try (InputStream limits = resource("warehouse/reference/poisson-exact-limits.csv").getInputStream()) {
			Files.copy(limits, reference.resolve("poisson-exact-limits.csv"));
		}
		this.connection = DriverManager.getConnection("jdbc:duckdb:");
		execute("warehouse/sql/staging/statistics.sql");
		execute("warehouse/sql/staging/arithmetic.sql");
		execute("warehouse/sql/staging/breakdown.sql");
		execute("warehouse/sql/staging/suppression.sql");
	}

	@AfterEach
	void close() throws SQLException {
		this.connection.close();
	}

	/**
	 * Half away from zero on the exact value: 3/40 = 0.075 exactly, which a double holds
	 * as 0.07499999... and would round down; 491/65,158 x 100,000 = 753.5621 = 753.6;
	 * -1/8 = -0.125 = -0.13; over a negative denominator (an income budget) the sign is
	 * the quotient's: -10,000 / -100,000 x 100 = 10.0, 1 / -8 = -0.13; a ratio without
	 * its denominator has no value (national-definitions section 5), nor one with a zero
	 * denominator.
	 */
	@Test
	void exactRatioRoundsHalfAwayFromZeroWithoutDoubles() throws Exception {
		assertThat(value("SELECT exact_ratio(3, 40, 1, 2)::VARCHAR")).isEqualTo("0.0800");
		assertThat(value("SELECT exact_ratio(491, 65158, 100000, 1)::VARCHAR")).isEqualTo("753.6000");
		assertThat(value("SELECT exact_ratio(-1, 8, 1, 2)::VARCHAR")).isEqualTo("-0.1300");
		assertThat(value("SELECT exact_ratio(-10000, -100000, 100, 1)::VARCHAR")).isEqualTo("10.0000");
		assertThat(value("SELECT exact_ratio(1, -8, 1, 2)::VARCHAR")).isEqualTo("-0.1300");
		assertThat(value("SELECT exact_ratio(21899999.70, NULL, 1, 2)")).isNull();
		assertThat(value("SELECT exact_ratio(1, 0, 100, 1)")).isNull();
		assertThat(value("SELECT typeof(exact_ratio(1, 3, 100, 1))")).isEqualTo("DECIMAL(18,4)");
	}

	/**
	 * Only an indicator the catalogue gives no denominator (a count or sum) publishes its
	 * numerator: 21,899,999.70 of day opportunity spend stands as it is. A rate whose
	 * population is missing has no value and no interval (national-definitions section
	 * 5): 6 children with no population is not a rate of 6; 6 / 20,000 x 10,000 = 3. Nor
	 * does a missing numerator give an interval, nor a denominator of 0, which
	 * PHStatsMethods refuses (an exact Poisson limit over 0 would be infinite).
	 */
	@Test
	void noValueOrIntervalWithoutADenominator() throws Exception {
		assertThat(value("SELECT indicator_value(21899999.70, NULL, false, 1, 2)::VARCHAR")).isEqualTo("21899999.7000");
		assertThat(value("SELECT indicator_value(6, NULL, true, 10000, 0)")).isNull();
		assertThat(value("SELECT indicator_value(6, 20000, true, 10000, 0)::VARCHAR")).isEqualTo("3.0000");
		assertThat(value("SELECT interval_lower('poisson', 6, NULL, 10000, 95)")).isNull();
		assertThat(value("SELECT interval_upper('wilson', 6, NULL, 100, 95)")).isNull();
		assertThat(value("SELECT interval_upper('poisson', NULL, 20000, 10000, 95)")).isNull();
		assertThat(number("SELECT interval_lower('poisson', 6, 20000, 10000, 95)")).isGreaterThan(0);
		assertThat(value("SELECT interval_lower('poisson', 3, 0, 100000, 95)")).isNull();
		assertThat(value("SELECT interval_upper('poisson', 3, 0, 100000, 95)")).isNull();
		assertThat(value("SELECT interval_upper('wilson', 0, 0, 100, 95)")).isNull();
	}

	/**
	 * Ties share a rank and a quartile (national-definitions section 5), assigned as
	 * PHStatsMethods' ph_quantile does: 5 - ceil((n + 1 - rank) / (n / 4)). Eight
	 * councils, higher is better: A 90, B 80, C 80, D 70, E 60, F 50, G 40, H 30; I has
	 * no population, so no value, and is not ranked. Ranks 1, 2, 2, 4, 5, 6, 7, 8, so (9
	 * - rank) / 2 is 4, 3.5, 3.5, 2.5, 2, 1.5, 1, 0.5: quartiles 1, 1, 1, 2, 3, 3, 4, 4.
	 * Loaded in the opposite order the answer is the same.
	 */
	@Test
	void tiedValuesShareARankAndAQuartile() throws Exception {
		String values = "('A', 90), ('B', 80), ('C', 80), ('D', 70), ('E', 60), ('F', 50), ('G', 40), ('H', 30), "
				+ "('I', NULL)";
		List<List<Object>> expected = List.of(List.of("A", 1L, 8L, 1L), List.of("B", 2L, 8L, 1L),
				List.of("C", 2L, 8L, 1L), List.of("D", 4L, 8L, 2L), List.of("E", 5L, 8L, 3L), List.of("F", 6L, 8L, 3L),
				List.of("G", 7L, 8L, 4L), List.of("H", 8L, 8L, 4L));
		assertThat(benchmarks(values, "ASC")).isEqualTo(expected);
		assertThat(benchmarks(values, "DESC")).isEqualTo(expected);
	}

	/**
	 * Ten councils (as the sample has) split 3, 2, 3, 2 by ph_quantile, where ntile(4)
	 * would split them 3, 3, 2, 2: (11 - rank) / 2.5 for ranks 1 to 10 is 4, 3.6, 3.2,
	 * 2.8, 2.4, 2, 1.6, 1.2, 0.8, 0.4, rounded up 4, 4, 4, 3, 3, 2, 2, 2, 1, 1, so rank 6
	 * is in quartile 3. Five councils: (6 - 3) / 1.25 = 2.4, quartile 2. Fewer than four
	 * councils have no quartile, as ph_quantile gives none for fewer areas than
	 * quantiles.
	 */
	@Test
	void quartilesAreAssignedAsPhStatsMethodsAssignsThem() throws Exception {
		List<Double> tenCouncils = new ArrayList<>();
		for (int rank = 1; rank <= 10; rank++) {
			tenCouncils.add(number("SELECT quartile_of(" + rank + ", 10)"));
		}
		assertThat(tenCouncils).containsExactly(1.0, 1.0, 1.0, 2.0, 2.0, 3.0, 3.0, 3.0, 4.0, 4.0);
		assertThat(number("SELECT quartile_of(3, 5)")).isEqualTo(2);
		assertThat(number("SELECT quartile_of(4, 4)")).isEqualTo(4);
		assertThat(value("SELECT quartile_of(1, 3)")).isNull();
		assertThat(value("SELECT quartile_of(2, 2)")).isNull();
	}

	private List<List<Object>> benchmarks(String values, String loadOrder) throws Exception {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("""
					CREATE OR REPLACE TABLE indicator_catalogue AS
					SELECT 'X' AS indicator_id, 100 AS multiplier, 1 AS decimals, true AS has_denominator""");
			statement.execute("""
					CREATE OR REPLACE TABLE indicator_values AS
					SELECT 'X' AS indicator_id, 1 AS definition_version, council, council AS council_name,
					  NULL AS region, '2023-24' AS financial_year, 'All' AS breakdown, %s,
					  CAST(value AS DECIMAL(18, 2)) AS numerator, CAST(100 AS DECIMAL(18, 2)) AS denominator,
					  CAST(value AS DECIMAL(18, 4)) AS value, NULL AS lower_95, NULL AS upper_95,
					  'higher' AS polarity
					FROM (VALUES %s) AS t(council, value)
					ORDER BY council %s""".formatted(TYPED_BREAKDOWN, values, loadOrder));
		}
		execute("warehouse/sql/indicators/indicator_benchmarks.sql");
		return rows("SELECT council, rank_all, councils_all, quartile_all FROM indicator_benchmarks ORDER BY council");
	}

	/**
	 * Wilson for 162/184, z = 1.959964: 2r + z^2 = 327.841459; z sqrt(z^2 + 4r(1 - p)) =
	 * 1.959964 x sqrt(81.319720) = 17.674453; 2(n + z^2) = 375.682918; limits 310.167006
	 * / 375.682918 = 0.825608 and 345.515912 / 375.682918 = 0.919701. For 0/10 the lower
	 * limit is 0, for 10/10 the upper is 1.
	 */
	@Test
	void wilsonScoreInterval() throws Exception {
		assertThat(number("SELECT wilson_lower(162, 184, 1.959963985)")).isCloseTo(0.825608, within(1e-6));
		assertThat(number("SELECT wilson_upper(162, 184, 1.959963985)")).isCloseTo(0.919701, within(1e-6));
		assertThat(number("SELECT wilson_lower(0, 10, 1.959963985)")).isZero();
		assertThat(number("SELECT wilson_upper(10, 10, 1.959963985)")).isEqualTo(1.0);
		assertThat(value("SELECT wilson_lower(1, 0, 1.959963985)")).isNull();
	}

	/**
	 * A numerator above its denominator, or below 0, is not a proportion: PHStatsMethods
	 * refuses it (proportions.py ph_proportion, validation.py validate_data), so there is
	 * no interval. Without the check 11/10 at 95% takes the square root of 3.841459 + 44
	 * x -0.1 = -0.558541, NaN, and at 99.8% gives 0.628 to 0.986, an interval that misses
	 * the value 1.1.
	 */
	@Test
	void noWilsonIntervalOutsideAProportion() throws Exception {
		assertThat(value("SELECT wilson_lower(11, 10, 1.959963985)")).isNull();
		assertThat(value("SELECT wilson_upper(11, 10, 1.959963985)")).isNull();
		assertThat(value("SELECT wilson_lower(11, 10, 3.090232306)")).isNull();
		assertThat(value("SELECT wilson_upper(11, 10, 3.090232306)")).isNull();
		assertThat(value("SELECT wilson_lower(-1, 10, 1.959963985)")).isNull();
		assertThat(value("SELECT interval_lower('wilson', 11, 10, 100, 95)")).isNull();
		assertThat(value("SELECT interval_upper('wilson', 11, 10, 100, 99.8)")).isNull();
	}

	/**
	 * Byar for O = 491 at 95%: 491 x (1 - 1/4419 - 1.959964/66.475) ^ 3 = 448.5241 and
	 * 492 x (1 - 1/4428 + 1.959964/66.543) ^ 3 = 536.4140; from 10 events the Poisson
	 * limits are Byar's, below they are the exact ones (O = 3: 0.6186721, 8.7672731).
	 */
	@Test
	void poissonLimitsAreExactBelowTenAndByarFromTen() throws Exception {
		assertThat(number("SELECT byar_lower(491, 1.959963985)")).isCloseTo(448.5241, within(1e-4));
		assertThat(number("SELECT byar_upper(491, 1.959963985)")).isCloseTo(536.4140, within(1e-4));
		assertThat(number("SELECT poisson_lower(491, 95)")).isCloseTo(448.5241, within(1e-4));
		assertThat(number("SELECT poisson_lower(3, 95)")).isCloseTo(0.6186721, within(1e-6));
		assertThat(number("SELECT poisson_upper(3, 95)")).isCloseTo(8.7672731, within(1e-6));
		assertThat(number("SELECT poisson_lower(0, 95)")).isZero();
		assertThat(number("SELECT poisson_upper(10, 99.8)")).isCloseTo(number("SELECT byar_upper(10, 3.090232306)"),
				within(1e-12));
	}

	/**
	 * Every row of the exact Poisson table, recomputed from the Poisson distribution: the
	 * lower limit L of O events solves P(X >= O | L) = alpha / 2, the upper U solves P(X
	 * <= O | U) = alpha / 2.
	 */
	@Test
	void exactPoissonTableHoldsTheChiSquareLimits() throws IOException {
		List<CSVRecord> rows = new ArrayList<>();
		try (Reader reader = new InputStreamReader(
				resource("warehouse/reference/poisson-exact-limits.csv").getInputStream(), StandardCharsets.UTF_8)) {
			CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).forEach(rows::add);
		}
		assertThat(rows).hasSize(20);
		for (CSVRecord row : rows) {
			int observed = Integer.parseInt(row.get("count"));
			double alpha = 1 - Double.parseDouble(row.get("level")) / 100;
			double lower = (observed == 0) ? 0 : solve((mean) -> 1 - cumulative(observed - 1, mean) - alpha / 2);
			double upper = solve((mean) -> alpha / 2 - cumulative(observed, mean));
			assertThat(Double.parseDouble(row.get("lower"))).as(row.toString()).isCloseTo(lower, within(1e-7));
			assertThat(Double.parseDouble(row.get("upper"))).as(row.toString()).isCloseTo(upper, within(1e-7));
		}
		assertThat(Double.parseDouble(rows.get(0).get("upper"))).isCloseTo(3.688879, within(1e-6));
	}

	@Test
	void suppressionHidesOneToTheThresholdButNotZero() throws Exception {
		assertThat(value("SELECT suppressed(0, 100, 4)")).isEqualTo(false);
		assertThat(value("SELECT suppressed(1, 100, 4)")).isEqualTo(true);
		assertThat(value("SELECT suppressed(4, 100, 4)")).isEqualTo(true);
		assertThat(value("SELECT suppressed(5, 100, 4)")).isEqualTo(false);
		assertThat(value("SELECT suppressed(5, 3, 4)")).isEqualTo(true);
		assertThat(value("SELECT suppressed(5, NULL, 4)")).isEqualTo(false);
	}

	/**
	 * Each part of a breakdown label is read by its key alone: a value holding ': '
	 * itself (a support reason, a children's setting) is kept whole, 'Provider' does not
	 * take 'Provider type', a key the label lacks is NULL and 'All' has no part.
	 */
	@Test
	void breakdownPartsAreReadByTheirKey() throws Exception {
		String label = "'Service: Carer Respite | Support reason: Social Support: Support to Carer | Age: 18-64'";
		assertThat(value("SELECT breakdown_part(" + label + ", 'Service')")).isEqualTo("Carer Respite");
		assertThat(value("SELECT breakdown_part(" + label + ", 'Support reason')"))
			.isEqualTo("Social Support: Support to Carer");
		assertThat(value("SELECT breakdown_part(" + label + ", 'Age')")).isEqualTo("18-64");
		assertThat(value("SELECT breakdown_part(" + label + ", 'Gender')")).isNull();
		assertThat(value("SELECT breakdown_part('Setting: Children: IFA', 'Setting')")).isEqualTo("Children: IFA");
		assertThat(value("SELECT breakdown_part('Service: Day Support | Provider type: External', 'Provider')"))
			.isNull();
		assertThat(value("SELECT breakdown_part('Service: Day Support | Provider: 1-100', 'Provider')"))
			.isEqualTo("1-100");
		assertThat(value("SELECT breakdown_part('All', 'Age')")).isNull();
		assertThat(value("SELECT breakdown_part('Age: 65+', 'Ag')")).isNull();
	}

	/**
	 * A breakdown by age with one small cell (3, suppressed): the next smallest (12) is
	 * hidden too, so that the total (30) less the others cannot give the 3 away; the
	 * largest (15) and the total stay.
	 */
	@Test
	void publishedViewSuppressesTheNextSmallestCellToo() throws Exception {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("""
					CREATE TABLE indicator_values AS SELECT * FROM (VALUES
					  ('X', 'All', 30, 1000, FALSE), ('X', 'Age: 65-74', 3, 200, TRUE),
					  ('X', 'Age: 75-84', 12, 300, FALSE), ('X', 'Age: 85+', 15, 500, FALSE))
					  AS t(indicator_id, breakdown, numerator, denominator, suppressed)""");
			statement.execute("""
					CREATE OR REPLACE TABLE indicator_values AS
					SELECT indicator_id, 1 AS definition_version, 'x' AS title, 'E08000014' AS council,
					  'Sefton' AS council_name, 'North West' AS region, '2023-24' AS financial_year, breakdown, %s,
					  'per 100000' AS unit, CAST(numerator AS DECIMAL(18, 2)) AS numerator,
					  CAST(denominator AS DECIMAL(18, 2)) AS denominator,
					  exact_ratio(numerator, denominator, 100, 1) AS value, 1 AS decimals, 1.0 AS lower_95,
					  2.0 AS upper_95, suppressed, indicator_id AS suppression_family,
					  CAST(NULL AS VARCHAR) AS suppression_size
					FROM indicator_values""".formatted(TYPED_BREAKDOWN));
		}
		execute("warehouse/sql/indicators/indicators_published.sql");
		assertThat(
				rows("SELECT breakdown, numerator_display, value_display FROM indicators_published ORDER BY breakdown"))
			.containsExactly(List.of("Age: 65-74", "[c]", "[c]"), List.of("Age: 75-84", "[c]", "[c]"),
					List.of("Age: 85+", "15", "3.0"), List.of("All", "30", "3.0"));
		// 15 / 500 x 100 = 3.0 and 30 / 1000 x 100 = 3.0, to the indicator's 1 decimal
		// place
		assertThat(rows("SELECT breakdown, numerator, value, lower_95, suppressed FROM indicators_published "
				+ "ORDER BY breakdown"))
			.containsExactly(Arrays.asList("Age: 65-74", null, null, null, true),
					Arrays.asList("Age: 75-84", null, null, null, true),
					List.of("Age: 85+", new BigDecimal("15.00"), 3.0, 1.0, false),
					List.of("All", new BigDecimal("30.00"), 3.0, 1.0, false));
		assertThat(rows("SELECT column_name, column_type FROM (DESCRIBE indicators_published) "
				+ "WHERE column_name IN ('numerator', 'value', 'suppressed', 'value_display')"))
			.containsExactly(List.of("numerator", "DECIMAL(18,2)"), List.of("value", "DOUBLE"),
					List.of("suppressed", "BOOLEAN"), List.of("value_display", "VARCHAR"));
	}

	private static double solve(java.util.function.DoubleUnaryOperator increasing) {
		double low = 0;
		double high = 100;
		for (int i = 0; i < 200; i++) {
			double middle = (low + high) / 2;
			if (increasing.applyAsDouble(middle) > 0) {
				high = middle;
			}
			else {
				low = middle;
			}
		}
		return (low + high) / 2;
	}

	/** P(X <= k) for a Poisson variable with the given mean. */
	private static double cumulative(int k, double mean) {
		double term = Math.exp(-mean);
		double sum = term;
		for (int i = 1; i <= k; i++) {
			term *= mean / i;
			sum += term;
		}
		return sum;
	}

	private void execute(String model) throws Exception {
		String sql = new SqlTemplate(model, resource(model).getContentAsString(StandardCharsets.UTF_8))
			.fill(Map.of("run", this.run.toString()));
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private Object value(String sql) throws SQLException {
		return rows(sql).get(0).get(0);
	}

	private double number(String sql) throws SQLException {
		return ((Number) value(sql)).doubleValue();
	}

	private List<List<Object>> rows(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			List<List<Object>> rows = new ArrayList<>();
			while (result.next()) {
				List<Object> row = new ArrayList<>();
				for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
					row.add(result.getObject(i));
				}
				rows.add(row);
			}
			return rows;
		}
	}

	private static ClassPathResource resource(String path) {
		return new ClassPathResource(path);
	}

}
