package org.carewarehouse.nightly;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * An analyst in another process: opens the catalog read-only, counts services, waits for
 * a line on standard input, then counts again through the same connection.
 */
public final class CatalogReader {

	private CatalogReader() {
	}

	public static void main(String[] args) throws Exception {
		Properties readOnly = new Properties();
		readOnly.setProperty("duckdb.read_only", "true");
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0], readOnly);
				Statement statement = connection.createStatement()) {
			System.out.println("open " + count(statement));
			System.out.flush();
			new BufferedReader(new InputStreamReader(System.in)).readLine();
			System.out.println("after " + count(statement));
		}
	}

	private static long count(Statement statement) throws Exception {
		try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM services")) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
