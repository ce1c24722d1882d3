package org.carewarehouse.nightly;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import org.carewarehouse.warehouse.ResultRows;

/**
 * Test access to a published catalog, the way an analyst opens it: read-only.
 */
public final class Warehouse {

	private final Path catalog;

	Warehouse(Path catalog) {
		this.catalog = catalog;
	}

	public List<List<Object>> rows(String sql) throws SQLException {
		Properties readOnly = new Properties();
		readOnly.setProperty("duckdb.read_only", "true");
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + this.catalog, readOnly);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			return ResultRows.read(result);
		}
	}

	public Object value(String sql) throws SQLException {
		return rows(sql).get(0).get(0);
	}

	public long count(String sql) throws SQLException {
		return ((Number) value(sql)).longValue();
	}

}
