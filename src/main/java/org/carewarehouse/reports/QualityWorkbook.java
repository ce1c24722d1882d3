package org.carewarehouse.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.carewarehouse.warehouse.Catalog;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes one council's data quality report as an xlsx workbook, one worksheet per
 * {@link QualitySheet}, and the same rows as one CSV file per sheet.
 */
final class QualityWorkbook {

	private QualityWorkbook() {
	}

	static void writeXlsx(Map<QualitySheet, Catalog.Rows> sheets, OutputStream out) throws IOException {
		try (Workbook workbook = new Workbook(out, "care-warehouse", "1.0")) {
			for (Map.Entry<QualitySheet, Catalog.Rows> sheet : sheets.entrySet()) {
				Worksheet worksheet = workbook.newWorksheet(sheet.getKey().title());
				write(worksheet, sheet.getValue());
				worksheet.finish();
			}
		}
	}

	static void writeCsv(Catalog.Rows rows, OutputStream out) throws IOException {
		try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
			csv.printRecord(rows.columns());
			for (List<Object> row : rows.values()) {
				csv.printRecord(row);
			}
		}
	}

	private static void write(Worksheet worksheet, Catalog.Rows rows) {
		List<String> columns = rows.columns();
		for (int c = 0; c < columns.size(); c++) {
			worksheet.value(0, c, columns.get(c));
			worksheet.style(0, c).bold().set();
		}
		for (int r = 0; r < rows.values().size(); r++) {
			List<Object> row = rows.values().get(r);
			for (int c = 0; c < row.size(); c++) {
				cell(worksheet, r + 1, c, row.get(c));
			}
		}
	}

	/** Counts and shares stay numbers, so the owner can sort and sum them in Excel. */
	private static void cell(Worksheet worksheet, int r, int c, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof BigInteger big) {
			worksheet.value(r, c, big.longValueExact());
		}
		else if (value instanceof Number number) {
			worksheet.value(r, c, number);
		}
		else {
			worksheet.value(r, c, value.toString());
		}
	}

}
