package org.carewarehouse.warehouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DuckDbMemoryPeakTests {

	@Test
	void holdsTheMostMemoryTheDatabaseHeldAfterTheWorkIsDropped() throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement()) {
			statement.execute("SET memory_limit = '256MB'");
			DuckDbMemoryPeak peak = new DuckDbMemoryPeak(connection);
			// 2 million rows of a BIGINT and a 32-character string: about 100 MB held
			statement.execute("CREATE TABLE held AS SELECT range AS n, md5(range::VARCHAR) AS h FROM range(2000000)");
			statement.execute("DROP TABLE held");
			// FORCE: the probe's query may be open in its own transaction at this moment
			statement.execute("FORCE CHECKPOINT");
			peak.close();

			assertThat(peak.bytes() >> 20).as("MiB").isBetween(40L, 256L);
		}
	}

	@Test
	void anIdleDatabaseHoldsAlmostNothing() throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
			DuckDbMemoryPeak peak = new DuckDbMemoryPeak(connection);
			peak.close();

			assertThat(peak.bytes() >> 20).as("MiB").isLessThan(8);
		}
	}

}
