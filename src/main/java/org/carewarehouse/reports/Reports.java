package org.carewarehouse.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.carewarehouse.warehouse.Catalog;

import org.springframework.stereotype.Component;

/**
 * Writes every council's board report ({@code board/<council>.html}) and data quality
 * report ({@code quality/<council>.xlsx} and {@code quality/<council>/<sheet>.csv}) from
 * the published catalog.
 */
@Component
public class Reports {

	private final Catalog catalog;

	/**
	 * Creates the reports over a catalog.
	 * @param catalog the published catalog they read
	 */
	public Reports(Catalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * Writes both reports for every council with published figures.
	 * @param out where the files go
	 * @return how many councils were reported on
	 */
	public int writeAll(ReportOutput out) {
		try (Catalog.Reader reader = this.catalog.reader()) {
			return writeAll(new ReportSql(reader), out);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot open the catalog for the reports: " + ex.getMessage(), ex);
		}
	}

	private int writeAll(ReportSql sql, ReportOutput out) {
		Catalog.Rows councils = sql.run("councils");
		if (councils.values().isEmpty()) {
			return 0;
		}
		LocalDate asOf = LocalDate.parse(String.valueOf(sql.run("as_of").get(0, "as_of")));
		Map<String, Map<String, Map<String, Double>>> positions = positions(sql);
		for (int i = 0; i < councils.values().size(); i++) {
			String council = (String) councils.get(i, "council");
			String name = String.valueOf(councils.get(i, "council_name"));
			try {
				writeBoard(sql, council, name, asOf, positions, out);
				writeQuality(sql, council, out);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot write the reports of " + council, ex);
			}
		}
		return councils.values().size();
	}

	private static void writeBoard(ReportSql sql, String council, String name, LocalDate asOf,
			Map<String, Map<String, Map<String, Double>>> positions, ReportOutput out) throws IOException {
		List<String> tables = BoardTable.ALL.stream().map((table) -> table.html(table.rows(sql, council))).toList();
		String html = BoardPage.render(council, name, asOf, BoardFigure.of(sql.run("board_figures", council)),
				positions, tables);
		try (OutputStream file = out.create("board/" + council + ".html")) {
			file.write(html.getBytes(StandardCharsets.UTF_8));
		}
	}

	private static void writeQuality(ReportSql sql, String council, ReportOutput out) throws IOException {
		Map<QualitySheet, Catalog.Rows> sheets = new LinkedHashMap<>();
		QualitySheet.ALL.forEach((sheet) -> sheets.put(sheet, sheet.rows(sql, council)));
		try (OutputStream file = out.create("quality/" + council + ".xlsx")) {
			QualityWorkbook.writeXlsx(sheets, file);
		}
		for (Map.Entry<QualitySheet, Catalog.Rows> sheet : sheets.entrySet()) {
			try (OutputStream file = out.create("quality/" + council + "/" + sheet.getKey().file() + ".csv")) {
				QualityWorkbook.writeCsv(sheet.getValue(), file);
			}
		}
	}

	/** Indicator, year, then council to value, lowest value first. */
	private static Map<String, Map<String, Map<String, Double>>> positions(ReportSql sql) {
		Catalog.Rows rows = sql.run("board_positions");
		Map<String, Map<String, Map<String, Double>>> positions = new TreeMap<>();
		for (int i = 0; i < rows.values().size(); i++) {
			positions.computeIfAbsent((String) rows.get(i, "indicator_id"), (id) -> new TreeMap<>())
				.computeIfAbsent((String) rows.get(i, "financial_year"), (year) -> new LinkedHashMap<>())
				.put((String) rows.get(i, "council"), ((Number) rows.get(i, "value")).doubleValue());
		}
		return positions;
	}

}
