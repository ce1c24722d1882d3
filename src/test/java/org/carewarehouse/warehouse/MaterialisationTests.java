package org.carewarehouse.warehouse;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MaterialisationTests {

	@TempDir
	Path run;

	@Test
	void aMarkedViewIsComputedOnceAndLaterReadsSeeTheFile() throws Exception {
		List<String> seen = totalsAfterTheFactsChange("-- materialise: read by many\n");
		assertThat(seen.get(0)).as("the rows computed when it was built").isEqualTo("45");
		assertThat(seen.get(1)).as("a sum of integers stays exact").isEqualTo("HUGEINT");
		assertThat(seen.get(2)).contains("read_parquet");
		assertThat(this.run.resolve("totals.parquet")).exists();
	}

	@Test
	void anUnmarkedModelStaysAView() throws Exception {
		List<String> seen = totalsAfterTheFactsChange("-- not materialised\n");
		assertThat(seen.get(0)).isEqualTo("145");
		assertThat(this.run.resolve("totals.parquet")).doesNotExist();
	}

	@Test
	void aMacroTheModelDefinesIsNotMaterialised() throws Exception {
		ModelOrder.Model model = new ModelOrder.Model("doubled.sql", 1, """
				-- materialise: read by many
				CREATE OR REPLACE MACRO twice(x) AS 2 * x;
				CREATE OR REPLACE VIEW doubled AS SELECT twice(range) AS y FROM range(3);
				""");
		try (Connection connection = connections().open("jdbc:duckdb:", false);
				Statement statement = connection.createStatement()) {
			statement.execute(model.sql());
			Materialisation.materialise(statement, model, this.run.toString());
			assertThat(single(statement, "SELECT sum(y) FROM doubled")).isEqualTo("6");
		}
		assertThat(this.run.resolve("doubled.parquet")).exists();
		assertThat(this.run.resolve("twice.parquet")).doesNotExist();
	}

	@Test
	void aLargeModelIsWrittenInRowGroupsOfThirtyThousandRows() throws Exception {
		ModelOrder.Model model = new ModelOrder.Model("numbers.sql", 1, """
				-- materialise: read by many
				CREATE OR REPLACE VIEW numbers AS SELECT range AS n, 'row ' || range AS label FROM range(100000);
				""");
		try (Connection connection = connections().open("jdbc:duckdb:", false);
				Statement statement = connection.createStatement()) {
			statement.execute(model.sql());
			Materialisation.materialise(statement, model, this.run.toString());
			assertThat(single(statement, "SELECT count(*) FROM numbers")).isEqualTo("100000");
			// 30,000 rounded up to DuckDB's vectors of 2,048 rows, where the default is
			// 122,880
			assertThat(single(statement, "SELECT max(row_group_num_rows) FROM parquet_metadata('"
					+ this.run.resolve("numbers.parquet") + "')"))
				.isEqualTo("30720");
		}
	}

	/**
	 * Builds a model summing a table, then changes the table: its total, type and SQL.
	 */
	private List<String> totalsAfterTheFactsChange(String comment) throws Exception {
		ModelOrder.Model model = new ModelOrder.Model("totals.sql", 1,
				comment + "CREATE OR REPLACE VIEW totals AS SELECT sum(x) AS total FROM facts");
		try (Connection connection = connections().open("jdbc:duckdb:", false);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE facts AS SELECT range AS x FROM range(10)");
			statement.execute(model.sql());
			Materialisation.materialise(statement, model, this.run.toString());
			statement.execute("INSERT INTO facts VALUES (100)");
			return List.of(single(statement, "SELECT total FROM totals"),
					single(statement, "SELECT typeof(total) FROM totals"),
					single(statement, "SELECT sql FROM duckdb_views() WHERE view_name = 'totals'"));
		}
	}

	@Test
	void everyConnectionHasTheMemoryLimitThreadsAndTemporaryFolder() throws Exception {
		try (Connection connection = connections().open("jdbc:duckdb:", false);
				Statement statement = connection.createStatement()) {
			assertThat(single(statement, "SELECT current_setting('memory_limit')")).isIn("256.0 MiB", "256.0MiB");
			assertThat(single(statement, "SELECT current_setting('threads')")).isEqualTo("1");
			assertThat(single(statement, "SELECT current_setting('temp_directory')"))
				.isEqualTo(this.run.resolve("duckdb-temp").toString());
		}
	}

	private DuckDbConnections connections() {
		WarehouseProperties properties = new WarehouseProperties("unused", this.run.resolve("care.duckdb"), 400, 4,
				BigDecimal.ONE, "256MiB", 1);
		return DuckDbConnections.of(properties);
	}

	private static String single(Statement statement, String sql) throws Exception {
		try (ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
