package org.carewarehouse.nightly;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.carewarehouse.Command;
import org.carewarehouse.Commands;
import org.carewarehouse.warehouse.ExportOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code export} from the committed sample loaded as of 31 March 2024: one Parquet file
 * and one table per published view with the view's rows, no column that re-links a row,
 * small counts suppressed, and a folder it must not write refused.
 */
@SampleNightTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedExportIntegrationTests {

	static final String ONE_PLACEMENT = "Service: Long Term Nursing Care | Support reason: Support with Memory & "
			+ "Cognition | Age: 18-64";

	@Autowired
	NightlyCommand nightly;

	@Autowired
	NightlyHome home;

	@Autowired
	Command<ExportOptions> export;

	@Autowired
	Warehouse warehouse;

	Path exported;

	@BeforeAll
	void loadAndExport() throws Exception {
		SampleNight.load(this.nightly, this.home);
		this.exported = this.home.resolve("shared/published");
		assertThat(export("--to=" + this.exported)).isEqualTo(Command.OK);
	}

	@Test
	void everyPublishedViewIsAParquetFileAndATableWithItsRows() throws Exception {
		List<List<Object>> views = this.warehouse.rows("SELECT table_name FROM information_schema.tables "
				+ "WHERE table_schema = 'published' ORDER BY table_name");
		assertThat(views).extracting((row) -> row.get(0))
			.contains("indicator_figures", "benchmarks", "spend_against_budget", "weekly_costs",
					"children_placement_area", "workforce_rates", "publication");
		Warehouse copy = new Warehouse(this.exported.resolve("figures.duckdb"));
		for (List<Object> row : views) {
			String view = (String) row.get(0);
			long rows = this.warehouse.count("SELECT count(*) FROM published." + view);
			assertThat(rows).as(view).isPositive();
			assertThat(copy.count("SELECT count(*) FROM '" + this.exported.resolve(view + ".parquet") + "'")).as(view)
				.isEqualTo(rows);
			assertThat(copy.count("SELECT count(*) FROM published." + view)).as(view).isEqualTo(rows);
			assertThat(Files.readString(this.exported.resolve("manifest.csv")))
				.contains(view + "," + view + ".parquet," + rows + ",");
		}
		assertThat(copy.rows("SELECT DISTINCT table_schema FROM information_schema.tables"))
			.containsExactly(List.of("published"));
		assertThat(filesIn(this.exported)).hasSize(views.size() + 3)
			.contains("figures.duckdb", "README.md", "manifest.csv");
	}

	@Test
	void theReadmeSaysWhenAndHowSmallCountsAreHidden() throws Exception {
		String readme = Files.readString(this.exported.resolve("README.md"), StandardCharsets.UTF_8);

		assertThat(readme).contains("as at 2024-03-31", "Counts from 1 to 4 are suppressed",
				"| `published.weekly_costs` | `weekly_costs.parquet` |");
	}

	@Test
	void noExportedColumnNamesAPersonOrASourceRow() throws Exception {
		Warehouse copy = new Warehouse(this.exported.resolve("figures.duckdb"));
		String assertion = Files.readString(Path.of("warehouse/tests/published_columns_identify_nothing.sql"));

		assertThat(copy.rows(assertion)).isEmpty();
		assertThat(copy.rows("SELECT column_name FROM information_schema.columns WHERE column_name SIMILAR TO "
				+ "'.*(person|key|event|reference|line|_file|cost_centre|nhs|postcode).*'"))
			.isEmpty();
	}

	/**
	 * Cheshire East's 2022-23 nursing care for people 18-64 whose support is memory and
	 * cognition is one placement in the restricted zone, at 789.36 a week: one person's
	 * package. Published, the placement count shows as [c] and no cost is given.
	 */
	@Test
	void aServiceOfOnePlacementIsSuppressed() throws Exception {
		assertThat(this.warehouse.rows("SELECT count(*), max(cost_per_week) FROM fct_service_costs "
				+ "WHERE council = 'E06000049' AND financial_year = '2022-23' AND service_component = "
				+ "'Long Term Nursing Care' AND primary_support_reason = 'Support with Memory & Cognition' "
				+ "AND age_band = '18-64' AND cost_per_week IS NOT NULL"))
			.containsExactly(List.of(1L, new java.math.BigDecimal("789.36")));

		assertThat(new Warehouse(this.exported.resolve("figures.duckdb"))
			.rows("SELECT placements, mean_per_week, median_per_week, median_per_day, suppressed "
					+ "FROM published.weekly_costs WHERE council = 'E06000049' AND financial_year = '2022-23' "
					+ "AND breakdown = '" + ONE_PLACEMENT + "'"))
			.containsExactly(java.util.Arrays.asList("[c]", null, null, null, true));
	}

	@Test
	void aFolderInsideTheWarehouseIsRefused() throws Exception {
		assertThat(export("--to=" + this.home.resolve("data/exports"))).isEqualTo(Command.USAGE);
		assertThat(export("--to=" + this.home.resolve("data"))).isEqualTo(Command.USAGE);
		assertThat(export("--to=" + this.home.path())).isEqualTo(Command.USAGE);

		assertThat(this.home.resolve("data/exports")).doesNotExist();
	}

	@Test
	void aFolderNotEmptyIsRefusedAndAnEarlierExportReplacedOnlyWhenAsked(@TempDir Path elsewhere) throws Exception {
		Path notes = Files.writeString(elsewhere.resolve("notes.txt"), "mine");
		Path earlier = Files.createDirectories(elsewhere.resolve("earlier"));
		Files.writeString(earlier.resolve("manifest.csv"), "view,file,rows,columns\n");
		Files.writeString(earlier.resolve("stale.parquet"), "old");

		assertThat(export("--to=" + elsewhere)).isEqualTo(Command.USAGE);
		assertThat(export("--to=" + elsewhere, "--replace")).isEqualTo(Command.USAGE);
		assertThat(export("--to=" + earlier)).isEqualTo(Command.USAGE);
		assertThat(Files.readString(notes)).isEqualTo("mine");
		assertThat(earlier.resolve("stale.parquet")).exists();

		assertThat(export("--to=" + earlier, "--replace")).isEqualTo(Command.OK);
		assertThat(earlier.resolve("stale.parquet")).doesNotExist();
		assertThat(earlier.resolve("weekly_costs.parquet")).exists();
		assertThat(filesIn(elsewhere)).contains("notes.txt").noneMatch((name) -> name.contains(".export-"));
	}

	private int export(String... arguments) throws Exception {
		String[] args = Stream.concat(Stream.of("export"), Stream.of(arguments)).toArray(String[]::new);
		Commands.Parsed parsed = Commands.parse(args, new java.io.PrintWriter(new java.io.StringWriter()),
				new java.io.PrintWriter(new java.io.StringWriter()));
		assertThat(parsed.exitCode()).isNull();
		return this.export.run((ExportOptions) parsed.options());
	}

	private static List<String> filesIn(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString()).toList();
		}
	}

}
