package org.carewarehouse.nightly;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.carewarehouse.Command;
import org.carewarehouse.warehouse.Catalog;
import org.carewarehouse.warehouse.WarehouseProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A warehouse on HDFS end to end, on the hand-built extracts in
 * {@code fixtures/indicators}: Hadoop's MiniDFSCluster in this JVM, and the nightly
 * command run as cron runs it with {@code care.warehouse.root=hdfs://...}. DuckDB cannot
 * read HDFS, so the catalog reads a local mirror of the run; it must answer as the
 * catalog of a {@code file:} root on the same extracts does.
 */
class HdfsWarehouseIntegrationTests {

	@TempDir
	static Path home;

	static HdfsCluster hdfs;

	static URI root;

	static Path local;

	static int failed;

	static int restarted;

	/**
	 * A night on HDFS that fails in its publish step (1KB is too little for DuckDB to
	 * work in) and is restarted, and the same night on a {@code file:} root.
	 */
	@BeforeAll
	static void runTheNightOnHdfsAndOnAFileRoot() throws Exception {
		// the file: root's night runs while the cluster starts
		Process onFile = NightlyProcess.nightly(home.resolve("file").toString(), NightlyRuns.fixture("indicators"),
				home.resolve("file.log"), localFiles(home.resolve("file")));
		hdfs = HdfsCluster.start(home.resolve("hdfs"));
		root = hdfs.uri("/warehouse");
		local = home.resolve("local");
		failed = nightly(root.toString(), "failed", local, "--care.warehouse.duckdb-memory-limit=1KB");
		restarted = nightly(root.toString(), "restarted", local);
		assertThat(NightlyProcess.finish(onFile)).as(log("file")).isEqualTo(Command.OK);
	}

	@AfterAll
	static void stopHdfs() throws Exception {
		if (hdfs != null) {
			hdfs.close();
		}
	}

	@Test
	void aFailedPublishRestartsAndPublishesWhatAFileRootPublishes() throws Exception {
		assertThat(failed).as(log("failed")).isEqualTo(Command.FAILED);
		assertThat(restarted).as(log("restarted")).isEqualTo(Command.OK);

		Warehouse onHdfs = new Warehouse(local.resolve("care.duckdb"));
		Warehouse onFile = new Warehouse(home.resolve("file/care.duckdb"));
		assertThat(counts(onHdfs)).as("load_runs aside, which holds the failed attempt too")
			.isEqualTo(counts(onFile))
			.hasSizeGreaterThan(50);
		assertThat(onHdfs
			.rows("SELECT job_status, count(DISTINCT execution_id) FROM load_runs GROUP BY ALL " + "ORDER BY ALL"))
			.as("the mirror of the run history shows the restart's end too")
			.containsExactly(List.of("COMPLETED", 1L), List.of("FAILED", 1L));
		String completed = "SELECT step, sum(rows_loaded) FROM load_runs WHERE step_status = 'COMPLETED' "
				+ "GROUP BY step ORDER BY step";
		assertThat(onHdfs.rows(completed)).as("each step done once, the loads before the failure")
			.isEqualTo(onFile.rows(completed));
		assertThat(log("restarted")).contains("to the local mirror " + local.resolve("mirror/runs/2024-03-31/run-1"),
				"(DuckDB cannot read hdfs:)",
				"written by DuckDB from the local mirror to " + root + "/runs/2024-03-31/run-1");
	}

	@Test
	void theRunStaysInHdfsWithWhatDuckDbExported() throws Exception {
		assertThat(restarted).as(log("restarted")).isEqualTo(Command.OK);
		FileSystem fs = FileSystem.get(root, new Configuration());
		org.apache.hadoop.fs.Path run = new org.apache.hadoop.fs.Path(root + "/runs/2024-03-31/run-1");

		assertThat(fs.listStatus(new org.apache.hadoop.fs.Path(run, "services"))).as("Parquet written to HDFS")
			.isNotEmpty();
		assertThat(fs.exists(new org.apache.hadoop.fs.Path(run, "indicator_values.parquet")))
			.as("what DuckDB exported went back to the run")
			.isTrue();
		assertThat(local.resolve("mirror/runs/2024-03-31/run-1/indicator_values.parquet")).exists();
	}

	@Test
	void theQuerySandboxReadsTheMirror() throws Exception {
		assertThat(restarted).as(log("restarted")).isEqualTo(Command.OK);
		Catalog catalog = new Catalog(new WarehouseProperties(root.toString(), local.resolve("care.duckdb"), 400, 4,
				BigDecimal.valueOf(2), "1GB", 1));
		Path exported = local.resolve("mirror/runs/2024-03-31/run-1/indicator_values.parquet");

		assertThat(count(catalog, "SELECT count(*) FROM services"))
			.isEqualTo(new Warehouse(local.resolve("care.duckdb")).count("SELECT count(*) FROM services"))
			.isPositive();
		assertThat(count(catalog, "SELECT count(*) FROM read_parquet('" + exported + "')")).isPositive();
	}

	/** Runs a night with its catalog, job repository and run lock in {@code local}. */
	private static int nightly(String root, String name, Path local, String... more) throws Exception {
		String[] arguments = Stream.concat(Stream.of(localFiles(local)), Stream.of(more)).toArray(String[]::new);
		return NightlyProcess.finish(NightlyProcess.nightly(root, NightlyRuns.fixture("indicators"),
				home.resolve(name + ".log"), arguments));
	}

	private static String[] localFiles(Path local) {
		return new String[] { "--care.warehouse.catalog=" + local.resolve("care.duckdb"),
				"--spring.datasource.url=jdbc:h2:file:" + local.resolve("jobrepo/batch") };
	}

	private static long count(Catalog catalog, String sql) throws SQLException {
		return catalog.query(sql, (rows) -> {
			rows.next();
			return rows.getLong(1);
		});
	}

	/** The rows in every view of a catalog but load_runs. */
	private static List<String> counts(Warehouse warehouse) throws Exception {
		List<String> views = warehouse
			.rows("SELECT schema_name || '\".\"' || view_name FROM duckdb_views() WHERE NOT internal "
					+ "AND database_name = current_database() AND view_name <> 'load_runs' ORDER BY 1")
			.stream()
			.map((row) -> (String) row.get(0))
			.toList();
		String union = views.stream()
			.map((view) -> "SELECT '" + view.replace("\"", "") + "' AS view_name, count(*) AS n FROM \"" + view + "\"")
			.collect(Collectors.joining(" UNION ALL "));
		return warehouse.rows(union + " ORDER BY view_name")
			.stream()
			.map((row) -> row.get(0) + "=" + row.get(1))
			.toList();
	}

	private static String log(String name) {
		try {
			return Files.readString(home.resolve(name + ".log"));
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

}
