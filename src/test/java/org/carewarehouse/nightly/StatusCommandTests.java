package org.carewarehouse.nightly;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.carewarehouse.Command;
import org.carewarehouse.Commands;
import org.carewarehouse.warehouse.Catalog;
import org.carewarehouse.warehouse.WarehouseProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code status} reads the published run history, newest run first, one line a run.
 */
class StatusCommandTests {

	@TempDir
	Path root;

	@Test
	void eachRunShowsItsOutcomeExitCodeRowsAndDuration() throws Exception {
		Path history = Files.createDirectories(this.root.resolve("history/load_runs"));
		Files.createDirectories(this.root.resolve("runs"));
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + this.root.resolve("care.duckdb"));
				Statement statement = connection.createStatement()) {
			statement.execute(
					"""
							COPY (SELECT * EXCLUDE (seconds), TIMESTAMP '2024-04-03 02:15:00' AS start_time,
							  TIMESTAMP '2024-04-03 02:15:00' + to_seconds(seconds) AS end_time FROM (VALUES
							    (1, DATE '2024-03-30', 'COMPLETED', 'servicesFileStep:a', 'COMPLETED', NULL, 10, 9, 1, 0),
							    (1, DATE '2024-03-30', 'COMPLETED', 'publishStep', 'COMPLETED', NULL, 0, 0, 0, 5),
							    (2, DATE '2024-03-31', 'COMPLETED', 'servicesFileStep:b', 'COMPLETED', 'refused: CW010', 0, 0, 0, 2),
							    (2, DATE '2024-03-31', 'COMPLETED', 'servicesFileStep:c', 'COMPLETED', NULL, 4, 4, 0, 3),
							    (3, DATE '2024-04-01', 'FAILED', 'servicesFileStep:d', 'FAILED', 'broken', 2, 1, 0, 1),
							    (4, DATE '2024-04-02', 'STARTED', 'servicesFileStep:e', 'STARTED', NULL, 3, 3, 0, 2))
							  AS t(execution_id, as_of, job_status, step, step_status, message, rows_read, rows_loaded,
							    rows_rejected, seconds))
							TO '%s' (FORMAT PARQUET)"""
						.formatted(history.resolve("part-1.parquet")));
			statement.execute("CREATE VIEW load_runs AS FROM read_parquet('" + history + "/*.parquet')");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream stdout = System.out;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		try {
			assertThat(status("--last=3")).isEqualTo(Command.OK);
		}
		finally {
			System.setOut(stdout);
		}

		assertThat(out.toString(StandardCharsets.UTF_8).lines().skip(2).map((line) -> List.of(line.split(" +"))))
			.containsExactly(List.of("2024-04-02", "4", "STARTED", "3", "3", "0", "2.0"),
					List.of("2024-04-01", "3", "FAILED", "1", "2", "1", "0", "1.0"),
					List.of("2024-03-31", "2", "COMPLETED", "5", "4", "4", "0", "3.0"));
	}

	private int status(String... options) throws Exception {
		String[] args = new String[options.length + 1];
		args[0] = "status";
		System.arraycopy(options, 0, args, 1, options.length);
		Commands.Parsed parsed = Commands.parse(args, new PrintWriter(new StringWriter()),
				new PrintWriter(new StringWriter()));
		Catalog catalog = new Catalog(new WarehouseProperties(this.root.toString(), this.root.resolve("care.duckdb"),
				400, 4, BigDecimal.valueOf(2), "1GB", 1));
		return new StatusCommand(catalog).run((StatusOptions) parsed.options());
	}

}
