package org.carewarehouse.nightly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.carewarehouse.CareWarehouseApplication;
import org.carewarehouse.Command;
import org.carewarehouse.warehouse.SqlTemplate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * {@code bench [--rows=N] [--runs=3] [--sources=DIR]}: times the nightly load of N
 * services rows against DuckDB's own {@code COPY ... TO ... (FORMAT PARQUET)} of the same
 * files, in the same process, alternating the two, and prints the medians and their
 * ratio.
 */
@Component
class BenchCommand implements Command {

	@Override
	public String name() {
		return "bench";
	}

	@Override
	public String usage() {
		return "bench [--rows=1000000] [--runs=3] [--sources=sample-data]  time the load against DuckDB COPY";
	}

	@Override
	public int run(ApplicationArguments arguments) throws Exception {
		long rows = Long.parseLong(Command.option(arguments, "rows", "1000000"));
		int runs = Integer.parseInt(Command.option(arguments, "runs", "3"));
		Path work = Files.createTempDirectory("care-bench");
		try {
			Path input = BenchInput.write(Path.of(Command.option(arguments, "sources", "sample-data")),
					work.resolve("in"), rows);
			List<Double> ours = new ArrayList<>();
			List<Double> duckdb = new ArrayList<>();
			for (int i = 0; i < runs; i++) {
				ours.add(timeNightly(input, work.resolve("run-" + i)));
				duckdb.add(timeDuckDbCopy(input, work.resolve("duck-" + i + ".parquet")));
				System.out.printf(Locale.ROOT, "run %d: nightly %.2f s, duckdb copy %.2f s%n", i + 1, ours.get(i),
						duckdb.get(i));
			}
			double a = median(ours);
			double b = median(duckdb);
			System.out.printf(Locale.ROOT, "%d rows, median of %d: nightly %.2f s (%.0f rows/s), duckdb copy %.2f s "
					+ "(%.0f rows/s); nightly / duckdb = %.1f%n", rows, runs, a, rows / a, b, rows / b, a / b);
			return OK;
		}
		finally {
			FileSystemUtils.deleteRecursively(work);
		}
	}

	/**
	 * The whole nightly job (load and publish) in a context of its own, on a fresh
	 * warehouse.
	 */
	private static double timeNightly(Path input, Path home) throws Exception {
		// command-line arguments, so that they win over application.yaml
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CareWarehouseApplication.class)
			.web(WebApplicationType.NONE)
			.run("--care.cli.enabled=false", "--care.warehouse.root=" + home.resolve("data"),
					"--care.warehouse.catalog=" + home.resolve("data/care.duckdb"),
					"--care.pseudonymisation.key=benchmark-only-key-not-for-real-data-0123",
					"--spring.datasource.url=jdbc:h2:file:" + home.resolve("jobrepo/batch"))) {
			NightlyCommand nightly = context.getBean(NightlyCommand.class);
			long start = System.nanoTime();
			int exit = nightly
				.run(new DefaultApplicationArguments("nightly", "--as-of=2024-03-31", "--sources=" + input));
			double seconds = (System.nanoTime() - start) / 1e9;
			if (exit != OK) {
				throw new IllegalStateException("The benchmark's nightly run failed with exit code " + exit);
			}
			return seconds;
		}
	}

	/** DuckDB reading the same files with the same column types, rejects kept aside. */
	private static double timeDuckDbCopy(Path input, Path target) throws Exception {
		String sql = new SqlTemplate("bench-duckdb-copy.sql",
				new String(BenchCommand.class.getResourceAsStream("bench-duckdb-copy.sql").readAllBytes(),
						java.nio.charset.StandardCharsets.UTF_8))
			.fill(Map.of("input", input.resolve("case-management").toString(), "target", target.toString()));
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement()) {
			long start = System.nanoTime();
			statement.execute(sql);
			return (System.nanoTime() - start) / 1e9;
		}
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

}
