package org.carewarehouse.nightly;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carewarehouse.Command;
import org.carewarehouse.pipeline.ParquetGroups;
import org.carewarehouse.warehouse.Catalog;
import org.carewarehouse.warehouse.WarehouseProperties;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * BI tools point at {@code current/} once: each published night replaces what it holds,
 * and a warehouse moved to another folder answers again once its catalog is relocated.
 */
@NightlyIntegrationTest
class CurrentFolderIntegrationTests {

	@Autowired
	NightlyCommand nightly;

	@Autowired
	NightlyHome home;

	@Test
	void currentHoldsThePublishedNightUnderTheSamePathEachNight() throws Exception {
		Path current = this.home.resolve("data/current");
		assertThat(NightlyRuns.run(this.nightly, "2024-03-31", NightlyRuns.fixture("services/good")))
			.isEqualTo(Command.OK);
		// good/: Sefton loads 4 rows, Cheshire East 2
		assertThat(rows("SELECT council, count(*) FROM read_parquet('" + current
				+ "/services/*/*/*.parquet', hive_partitioning = true) GROUP BY ALL ORDER BY ALL"))
			.containsExactly(List.of("E06000049", 2L), List.of("E08000014", 4L));
		assertThat(Files.readAllLines(current.resolve("published.csv")).get(1))
			.startsWith("2024-03-31,runs/2024-03-31/run-");
		assertThatFilesAreTheRunsOwn(current);

		assertThat(NightlyRuns.run(this.nightly, "2024-04-30", NightlyRuns.fixture("services/two-periods")))
			.isEqualTo(Command.OK);
		assertThat(rows("SELECT council, count(*) FROM read_parquet('" + current
				+ "/services/*/*/*.parquet', hive_partitioning = true) GROUP BY ALL"))
			.as("two-periods/: 4 Sefton rows, and nothing left of the night before")
			.containsExactly(List.of("E08000014", 4L));
		assertThat(Files.readAllLines(current.resolve("published.csv")).get(1))
			.startsWith("2024-04-30,runs/2024-04-30/run-");
		assertThat(this.home.resolve("data/current.next")).doesNotExist();
		assertThat(this.home.resolve("data/current.old")).doesNotExist();
	}

	@Test
	void aReaderThatIsNotDuckDbSeesTheViewsColumnsAndRowsInCurrent() throws Exception {
		assertThat(NightlyRuns.run(this.nightly, "2024-06-30", NightlyRuns.fixture("services/good")))
			.isEqualTo(Command.OK);
		Path current = this.home.resolve("data/current");
		Warehouse catalog = this.home.warehouse();

		List<Path> services = parquetFiles(current.resolve("services"));
		long serviceRows = 0;
		for (Path file : services) {
			serviceRows += ParquetGroups.read(file).size();
			assertThat(fieldNames(file)).as(file.toString()).isEqualTo(columns(catalog, "services"));
		}
		assertThat(serviceRows).as("good/: 6 rows load").isEqualTo(6);
		Path sefton = services.stream().filter((f) -> f.toString().contains("council=E08000014")).findFirst().get();
		assertThat(ParquetGroups.read(sefton).get(0).getString("council", 0)).isEqualTo("E08000014");
		assertThat(ParquetGroups.read(sefton).get(0).getString("financial_year", 0)).isEqualTo("2023-24");

		for (String model : STAR_SCHEMA) {
			Path file = current.resolve(model + ".parquet");
			assertThat(fieldNames(file)).as(model).isEqualTo(columns(catalog, model));
			assertThat((long) ParquetGroups.read(file).size()).as(model)
				.isEqualTo(catalog.count("SELECT count(*) FROM " + model));
		}
		assertThat(ParquetGroups.read(current.resolve("dim_council.parquet"))).as("councils.csv: 152 councils")
			.hasSize(152);
	}

	@Test
	void aMovedWarehouseAnswersOnceItsCatalogIsRelocated() throws Exception {
		assertThat(NightlyRuns.run(this.nightly, "2024-05-31", NightlyRuns.fixture("services/two-periods")))
			.isEqualTo(Command.OK);
		long published = this.home.warehouse().count("SELECT count(*) FROM indicators_published");
		Path moved = NightlyRuns.temporaryHome("care-warehouse-moved").resolve("data");
		copy(this.home.resolve("data"), moved);
		Path aside = this.home.resolve("data-aside");
		Files.move(this.home.resolve("data"), aside);
		try {
			Warehouse catalog = new Warehouse(moved.resolve("care.duckdb"));
			assertThatExceptionOfType(java.sql.SQLException.class).as("the views still name the old folder")
				.isThrownBy(() -> catalog.count("SELECT count(*) FROM services"));

			String builtFor = new Catalog(new WarehouseProperties(moved.toString(), moved.resolve("care.duckdb"), 400,
					4, new BigDecimal("2.0"), "1GB", 1))
				.relocate(moved.resolve("care.duckdb"));

			assertThat(builtFor).isEqualTo(this.home.resolve("data").toString());
			assertThat(catalog.count("SELECT count(*) FROM services")).isEqualTo(4);
			assertThat(catalog.count("SELECT count(*) FROM load_runs WHERE as_of = DATE '2024-05-31'")).isPositive();
			assertThat(catalog.count("SELECT count(*) FROM indicators_published")).isEqualTo(published);
		}
		finally {
			Files.move(aside, this.home.resolve("data"));
		}
	}

	static final List<String> STAR_SCHEMA = List.of("dim_council", "dim_financial_year", "dim_period", "dim_date",
			"dim_age_band", "dim_support_reason", "dim_service_type", "dim_event_outcome", "dim_provider",
			"fct_care_home_placements", "fct_day_opportunity_placements", "fct_service_costs", "fct_child_episodes",
			"fct_spend", "fct_budget_monitoring", "fct_payment_matching", "fct_payment_lines", "fct_workforce_posts");

	private static List<String> fieldNames(Path file) throws java.io.IOException {
		return ParquetGroups.schema(file).getFields().stream().map((field) -> field.getName()).toList();
	}

	private static List<String> columns(Warehouse catalog, String view) throws java.sql.SQLException {
		return catalog.rows("SELECT column_name FROM (DESCRIBE " + view + ")")
			.stream()
			.map((row) -> (String) row.get(0))
			.toList();
	}

	private static List<Path> parquetFiles(Path folder) throws java.io.IOException {
		try (var files = Files.walk(folder)) {
			return files.filter((f) -> f.toString().endsWith(".parquet")).sorted().toList();
		}
	}

	/**
	 * On a local disk {@code current/} links the run's files: the same file under two
	 * names, not a second copy.
	 */
	private void assertThatFilesAreTheRunsOwn(Path current) throws java.io.IOException {
		Path run = this.home.resolve("data")
			.resolve(Files.readAllLines(current.resolve("published.csv")).get(1).split(",")[1]);
		List<Path> files;
		try (var walk = Files.walk(current)) {
			files = walk.filter((file) -> file.toString().endsWith(".parquet")).toList();
		}
		assertThat(files).hasSizeGreaterThan(10);
		for (Path file : files) {
			assertThat(Files.isSameFile(file, run.resolve(current.relativize(file).toString())))
				.as("%s is the run's file", current.relativize(file))
				.isTrue();
		}
	}

	private static void copy(Path from, Path to) throws java.io.IOException {
		try (var files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(from.relativize(file).toString()));
			}
		}
	}

	private static List<List<Object>> rows(String sql) throws Exception {
		try (var connection = java.sql.DriverManager.getConnection("jdbc:duckdb:");
				var statement = connection.createStatement();
				var result = statement.executeQuery(sql)) {
			List<List<Object>> rows = new java.util.ArrayList<>();
			while (result.next()) {
				rows.add(List.of(result.getObject(1), result.getObject(2)));
			}
			return rows;
		}
	}

}
