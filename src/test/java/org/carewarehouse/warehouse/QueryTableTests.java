package org.carewarehouse.warehouse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aligned table holds only the rows it shows: a result larger than a screenful is
 * counted, not kept.
 */
class QueryTableTests {

	@Test
	void rowsPastTheMostShownAreCountedNotHeld() throws Exception {
		assertThat(table("SELECT range AS n, 'x' || range AS label FROM range(5)", 2))
			.isEqualTo(new Table("n  label\n-  -----\n0  x0\n1  x1\n(5 rows; the first 2 are shown: --format=csv, "
					+ "tsv or json prints them all)\n", 5));
		assertThat(table("SELECT range AS n FROM range(2)", 2)).isEqualTo(new Table("n\n-\n0\n1\n", 2));
	}

	private static Table table(String sql, int maxRows) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql);
				PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
			long count = QueryTable.print(QueryFormat.header(rows.getMetaData()), rows, out, maxRows);
			return new Table(bytes.toString(StandardCharsets.UTF_8), count);
		}
	}

	/** What was printed and the rows counted. */
	private record Table(String text, long rows) {
	}

}
