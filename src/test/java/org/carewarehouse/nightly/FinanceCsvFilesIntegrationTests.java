package org.carewarehouse.nightly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finance CSV files of the sample's night hold each council's rows in the order their
 * export sorts them, however many threads wrote them. Several councils' files are many
 * times the rows DuckDB hands a thread at once, which is where a partitioned write had
 * mixed them, differently each run.
 */
@SampleNightTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinanceCsvFilesIntegrationTests {

	@Autowired
	NightlyCommand nightly;

	@Autowired
	NightlyHome home;

	@BeforeAll
	void load() throws Exception {
		SampleNight.load(this.nightly, this.home);
	}

	@Test
	void eachCouncilsPaymentMatchesAreInTheExportsOrder() throws Exception {
		List<Path> files = files("payment_matching_csv");
		assertThat(files).hasSize(10);
		assertThat(rows(this.home.resolve("data/current/payment_matching_csv/*/*.csv"))).as("rows in the largest file")
			.isGreaterThan(20_000);
		for (Path file : files) {
			assertThat(outOfOrder(file, "council, financial_year, period, status, cost_centre, reference, provider_id"))
				.as(file.toString())
				.isZero();
		}
	}

	@Test
	void eachCouncilsBudgetLinesAndExceptionsAreInTheExportsOrder() throws Exception {
		for (Path file : files("budget_monitoring_csv")) {
			assertThat(outOfOrder(file, "council, financial_year, as_at_period, cost_centre")).as(file.toString())
				.isZero();
		}
		for (Path file : files("payment_exceptions_csv")) {
			assertThat(outOfOrder(file,
					"council, financial_year, period, status, cost_centre, reference, provider_id, line_kind"))
				.as(file.toString())
				.isZero();
		}
	}

	private List<Path> files(String export) throws Exception {
		try (Stream<Path> files = Files.walk(this.home.resolve("data/current/" + export))) {
			return files.filter((file) -> file.toString().endsWith(".csv")).sorted().toList();
		}
	}

	/** Rows that the sort puts before the row above them in the file. */
	private static long outOfOrder(Path file, String sortedBy) throws Exception {
		return single("CREATE TABLE rows AS SELECT *, row_number() OVER () AS file_order FROM read_csv('" + file + "')",
				"SELECT count(*) FROM (SELECT sorted, lag(sorted) OVER (ORDER BY file_order) AS above "
						+ "FROM (SELECT rank() OVER (ORDER BY " + sortedBy + ") AS sorted, file_order FROM rows)) "
						+ "WHERE sorted < above");
	}

	/** Rows in the largest of the files. */
	private static long rows(Path files) throws Exception {
		return single("SELECT max(n) FROM (SELECT count(*) AS n FROM read_csv('" + files
				+ "', filename = true) GROUP BY filename)");
	}

	/** Runs the statements in turn on a new database; the last one's first value. */
	private static long single(String... statements) throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement()) {
			for (int i = 0; i < statements.length - 1; i++) {
				statement.execute(statements[i]);
			}
			try (ResultSet result = statement.executeQuery(statements[statements.length - 1])) {
				result.next();
				return result.getLong(1);
			}
		}
	}

}
