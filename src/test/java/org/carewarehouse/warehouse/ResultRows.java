package org.carewarehouse.warehouse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A query's result as the tests compare it: every row, each column as JDBC gives it.
 */
public final class ResultRows {

	private ResultRows() {
	}

	public static List<List<Object>> read(ResultSet result) throws SQLException {
		List<List<Object>> rows = new ArrayList<>();
		int columns = result.getMetaData().getColumnCount();
		while (result.next()) {
			List<Object> row = new ArrayList<>();
			for (int i = 1; i <= columns; i++) {
				row.add(result.getObject(i));
			}
			rows.add(row);
		}
		return rows;
	}

}
