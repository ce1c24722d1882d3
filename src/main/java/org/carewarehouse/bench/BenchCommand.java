package org.carewarehouse.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.carewarehouse.CareWarehouseApplication;
import org.carewarehouse.Command;
import org.carewarehouse.nightly.NightlyJobConfiguration;
import org.carewarehouse.nightly.NightlyOptions;
import org.carewarehouse.sampledata.SampleDataGenerator;
import org.carewarehouse.warehouse.Catalog;
import org.carewarehouse.warehouse.DuckDbMemoryPeak;
import org.carewarehouse.warehouse.SqlTemplate;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * {@code bench [--rows=N] [--output=bench-results.csv] [--sources=DIR] [--scales=1,4,16]}:
 * for each {@link BenchCase}, runs the nightly job on N rows of the feed in a throw-away
 * warehouse and DuckDB's own {@code COPY ... TO ... (FORMAT PARQUET)} of the same files
 * in the same process, then the floor of a load done inside DuckDB (the files read as
 * text, each row numbered, written partitioned by file, nothing checked), and reports the
 * load, the publish and the reports separately: rows, seconds, rows/s, peak heap, peak
 * resident memory and DuckDB's own peak (the COPY's, the floor's and the publish's), the
 * ratio to the COPY's time, and the CPU seconds the process, the JIT compilers and the
 * collector used. Then, for each scale asked for, the whole nightly job on the sample
 * generated at that scale, with no COPY to compare.
 */
@Component
class BenchCommand implements Command<BenchOptions> {

	@Override
	public Class<BenchOptions> options() {
		return BenchOptions.class;
	}

	@Override
	public int run(BenchOptions options) throws Exception {
		if (!Files.isDirectory(options.sources().resolve("case-management"))
				|| !Files.isDirectory(options.sources().resolve("finance"))) {
			System.err.println("bench: " + options.sources().toAbsolutePath()
					+ " holds no case-management/ and finance/ sample files; run it from the project folder or "
					+ "name the sample's folder with --sources=DIR");
			return USAGE;
		}
		if (options.scales().stream().anyMatch((scale) -> scale < 1)) {
			System.err.println("bench: every --scales value must be 1 or more, not " + options.scales());
			return USAGE;
		}
		Path work = Files.createTempDirectory("care-bench");
		List<BenchResult> results = new ArrayList<>();
		// DuckDB's native library loads on the first connection: not part of any case
		DriverManager.getConnection("jdbc:duckdb:").close();
		try (ProcessSampler sampler = new ProcessSampler()) {
			for (BenchCase bench : BenchCase.ALL) {
				Path input = bench.write(options.sources(), work.resolve(bench.name() + "/in"), options.rows());
				results.addAll(measure(bench, input, work.resolve(bench.name()), sampler));
			}
			for (int scale : options.scales()) {
				String name = "sample_x" + scale;
				Path input = work.resolve(name + "/in");
				new SampleDataGenerator(input, scale, SampleDataGenerator.DEFAULT_SEED, true).generate();
				results.addAll(nightly(name, input, work.resolve(name), sampler, Double.NaN));
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(work);
		}
		BenchResult.write(results, options.output(), System.out);
		return OK;
	}

	private static List<BenchResult> measure(BenchCase bench, Path input, Path home, ProcessSampler sampler)
			throws Exception {
		long copyStart = System.nanoTime();
		Copied copied = duckDb("bench-duckdb-copy-" + bench.copy() + ".sql", input.resolve(bench.system()),
				home.resolve("duckdb-copy.parquet"));
		long copyEnd = System.nanoTime();
		double copy = (copyEnd - copyStart) / 1e9;
		List<BenchResult> results = new ArrayList<>();
		results.add(result(bench.name(), "duckdb_copy", copied.rows(), copyStart, copyEnd, sampler, copied.memoryPeak(),
				copy));
		long floorStart = System.nanoTime();
		Copied floor = duckDb("bench-duckdb-floor.sql", input.resolve(bench.system()), home.resolve("duckdb-floor"));
		results.add(result(bench.name(), "duckdb_floor", floor.rows(), floorStart, System.nanoTime(), sampler,
				floor.memoryPeak(), copy));
		results.addAll(nightly(bench.name(), input, home, sampler, copy));
		return results;
	}

	/**
	 * The nightly job on a sources folder, its load and publish measured apart.
	 * @param copy the seconds of DuckDB's COPY to compare with, or NaN for none
	 */
	private static List<BenchResult> nightly(String name, Path input, Path home, ProcessSampler sampler, double copy)
			throws Exception {
		try (ConfigurableApplicationContext context = nightlyContext(home)) {
			long start = System.nanoTime();
			LocalDateTime wallStart = LocalDateTime.now();
			int exit = context
				.<Command<NightlyOptions>>getBeanProvider(
						ResolvableType.forClassWithGenerics(Command.class, NightlyOptions.class))
				.getObject()
				.run(NightlyOptions.parse("--as-of=2024-03-31", "--sources=" + input));
			long end = System.nanoTime();
			if (exit != OK) {
				throw new IllegalStateException("The benchmark's nightly run failed with exit code " + exit);
			}
			JobRepository repository = context.getBean(JobRepository.class);
			long publishStart = start + Duration.between(wallStart, step(repository, "publishStep")).toNanos();
			long reportsStart = start + Duration.between(wallStart, step(repository, "reportStep")).toNanos();
			Catalog catalog = context.getBean(Catalog.class);
			long loaded = rowsRead(catalog.file());
			// the load writes Parquet from Java and the reports only read the catalog;
			// DuckDB's memory is the publish's
			BenchResult load = result(name, "load", loaded, start, publishStart, sampler, -1, copy);
			BenchResult publish = result(name, "publish", loaded, publishStart, reportsStart, sampler,
					catalog.buildMemoryPeak(), copy);
			BenchResult reports = result(name, "reports", loaded, reportsStart, end, sampler, -1, copy);
			return List.of(load, publish, reports);
		}
	}

	private static BenchResult result(String name, String phase, long rows, long from, long to, ProcessSampler sampler,
			long duckDbBytes, double copySeconds) {
		double seconds = (to - from) / 1e9;
		return new BenchResult(name, phase, rows, seconds, sampler.window(from, to),
				(duckDbBytes < 0) ? -1 : duckDbBytes >> 20, seconds / copySeconds);
	}

	/**
	 * A context of its own on a fresh warehouse; command-line arguments win over
	 * application.yaml.
	 */
	private static ConfigurableApplicationContext nightlyContext(Path home) {
		return new SpringApplicationBuilder(CareWarehouseApplication.class).web(WebApplicationType.NONE)
			.run("--care.cli.enabled=false", "--care.warehouse.root=" + home.resolve("data"),
					"--care.warehouse.catalog=" + home.resolve("data/care.duckdb"),
					"--care.pseudonymisation.key=benchmark-only-key-not-for-real-data-0123",
					"--spring.datasource.url=jdbc:h2:file:" + home.resolve("jobrepo/batch"));
	}

	/** When a step of the last night began. */
	private static LocalDateTime step(JobRepository repository, String name) {
		JobExecution execution = repository
			.getLastJobExecution(repository.getLastJobInstance(NightlyJobConfiguration.JOB_NAME));
		return execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().equals(name))
			.map(StepExecution::getStartTime)
			.findFirst()
			.orElseThrow();
	}

	/** Rows the load read, from the run history the catalog publishes. */
	private static long rowsRead(Path catalog) throws Exception {
		Properties readOnly = new Properties();
		readOnly.setProperty("duckdb.read_only", "true");
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + catalog, readOnly);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT coalesce(sum(rows_read), 0) FROM load_runs")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/**
	 * One of the bench's DuckDB scripts over a feed's files: the COPY of them with the
	 * feed's column types, rejects kept aside, or the floor.
	 */
	private static Copied duckDb(String script, Path input, Path target) throws Exception {
		Files.createDirectories(target.getParent());
		String sql = new SqlTemplate(script,
				new String(BenchCommand.class.getResourceAsStream(script).readAllBytes(),
						java.nio.charset.StandardCharsets.UTF_8))
			.fill(Map.of("input", input.toString(), "target", target.toString()));
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement();
				DuckDbMemoryPeak memory = new DuckDbMemoryPeak(connection)) {
			long rows = statement.executeUpdate(sql);
			return new Copied(rows, memory.bytes());
		}
	}

	/**
	 * What a DuckDB script wrote and the most memory it held.
	 *
	 * @param rows rows written
	 * @param memoryPeak bytes
	 */
	private record Copied(long rows, long memoryPeak) {

	}

}
