package org.carewarehouse.warehouse;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * How {@code query} prints a result. A NULL prints as nothing (JSON {@code null}), so
 * that it cannot be mistaken for the string {@code 'null'}, which prints as {@code null}.
 */
public enum QueryFormat {

	/** Columns padded to line up, numbers to the right, with a rule under the header. */
	TABLE,

	/** RFC 4180 comma-separated values with a header. */
	CSV,

	/** Tab-separated values with a header, as spreadsheets paste them. */
	TSV,

	/** One JSON array of objects, numbers and booleans unquoted. */
	JSON,

	/** A Parquet file, written by DuckDB; only with {@code --out}. */
	PARQUET;

	/**
	 * Prints a result.
	 * @param rows the result
	 * @param out where to print it
	 * @return the number of rows
	 * @throws SQLException if the rows cannot be read
	 */
	public long print(ResultSet rows, PrintStream out) throws SQLException {
		List<String> header = header(rows.getMetaData());
		return switch (this) {
			case TABLE -> QueryTable.print(header, rows, out);
			case CSV -> csv(CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get(), header, rows, out);
			case TSV ->
				csv(CSVFormat.TDF.builder().setRecordSeparator('\n').setQuoteMode(null).get(), header, rows, out);
			case JSON -> QueryJson.print(header, rows, out);
			case PARQUET -> throw new IllegalStateException("Parquet is written by Catalog.queryToParquet");
		};
	}

	private static long csv(CSVFormat format, List<String> header, ResultSet rows, PrintStream out)
			throws SQLException {
		try {
			CSVPrinter printer = new CSVPrinter(out, format);
			printer.printRecord(header);
			long count = 0;
			while (rows.next()) {
				printer.printRecord(text(rows, header.size()));
				count++;
			}
			printer.flush();
			return count;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> header(ResultSetMetaData metaData) throws SQLException {
		List<String> header = new ArrayList<>();
		for (int i = 1; i <= metaData.getColumnCount(); i++) {
			header.add(metaData.getColumnLabel(i));
		}
		return header;
	}

	static List<String> text(ResultSet rows, int columns) throws SQLException {
		List<String> values = new ArrayList<>();
		for (int i = 1; i <= columns; i++) {
			Object value = rows.getObject(i);
			values.add((value != null) ? value.toString() : "");
		}
		return values;
	}

}
