package org.carewarehouse.nightly;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carewarehouse.Command;
import org.carewarehouse.warehouse.Catalog;
import org.carewarehouse.warehouse.WarehouseProperties;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * BI tools point at {@code current/} once: each published night replaces what it holds,
 * and a warehouse moved to another folder answers again once its catalog is relocated.
 */
@SpringBootTest(
		properties = { "care.cli.enabled=false", "care.pseudonymisation.key=integration-tests-only-key-0123456789" })
class CurrentFolderIntegrationTests {

	static final Path HOME = NightlyRuns.temporaryHome("care-warehouse-current-it");

	@Autowired
	NightlyCommand nightly;

	@DynamicPropertySource
	static void warehouseInTemporaryFolder(DynamicPropertyRegistry registry) {
		NightlyRuns.warehouseIn(HOME, registry);
	}

	@Test
	void currentHoldsThePublishedNightUnderTheSamePathEachNight() throws Exception {
		Path current = HOME.resolve("data/current");
		assertThat(NightlyRuns.run(this.nightly, "2024-03-31", NightlyRuns.fixture("services/good")))
			.isEqualTo(Command.OK);
		// good/: Sefton loads 4 rows, Cheshire East 2
		assertThat(rows("SELECT council, count(*) FROM read_parquet('" + current
				+ "/services/*/*/*.parquet', hive_partitioning = true) GROUP BY ALL ORDER BY ALL"))
			.containsExactly(List.of("E06000049", 2L), List.of("E08000014", 4L));
		assertThat(Files.readAllLines(current.resolve("published.csv")).get(1))
			.startsWith("2024-03-31,runs/2024-03-31/run-");

		assertThat(NightlyRuns.run(this.nightly, "2024-04-30", NightlyRuns.fixture("services/two-periods")))
			.isEqualTo(Command.OK);
		assertThat(rows("SELECT council, count(*) FROM read_parquet('" + current
				+ "/services/*/*/*.parquet', hive_partitioning = true) GROUP BY ALL"))
			.as("two-periods/: 4 Sefton rows, and nothing left of the night before")
			.containsExactly(List.of("E08000014", 4L));
		assertThat(Files.readAllLines(current.resolve("published.csv")).get(1))
			.startsWith("2024-04-30,runs/2024-04-30/run-");
		assertThat(HOME.resolve("data/current.next")).doesNotExist();
		assertThat(HOME.resolve("data/current.old")).doesNotExist();
	}

	@Test
	void aMovedWarehouseAnswersOnceItsCatalogIsRelocated() throws Exception {
		assertThat(NightlyRuns.run(this.nightly, "2024-05-31", NightlyRuns.fixture("services/two-periods")))
			.isEqualTo(Command.OK);
		long published = NightlyRuns.catalogIn(HOME).count("SELECT count(*) FROM indicators_published");
		Path moved = Files.createTempDirectory("care-warehouse-moved").resolve("data");
		copy(HOME.resolve("data"), moved);
		Path aside = HOME.resolve("data-aside");
		Files.move(HOME.resolve("data"), aside);
		try {
			Warehouse catalog = new Warehouse(moved.resolve("care.duckdb"));
			assertThatExceptionOfType(java.sql.SQLException.class).as("the views still name the old folder")
				.isThrownBy(() -> catalog.count("SELECT count(*) FROM services"));

			String builtFor = new Catalog(new WarehouseProperties(moved.toString(), moved.resolve("care.duckdb"), 400,
					4, new BigDecimal("2.0"), "1GB", 1))
				.relocate(moved.resolve("care.duckdb"));

			assertThat(builtFor).isEqualTo(HOME.resolve("data").toString());
			assertThat(catalog.count("SELECT count(*) FROM services")).isEqualTo(4);
			assertThat(catalog.count("SELECT count(*) FROM load_runs WHERE as_of = DATE '2024-05-31'")).isPositive();
			assertThat(catalog.count("SELECT count(*) FROM indicators_published")).isEqualTo(published);
		}
		finally {
			Files.move(aside, HOME.resolve("data"));
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
