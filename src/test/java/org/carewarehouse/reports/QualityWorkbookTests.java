package org.carewarehouse.reports;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carewarehouse.warehouse.Catalog;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbook read back with fastexcel's reader: one sheet per report section, headings
 * first, counts kept as numbers whatever type DuckDB gave them, blanks left empty.
 */
class QualityWorkbookTests {

	@Test
	void sheetsKeepHeadingsNumbersAndBlanks(@TempDir Path folder) throws Exception {
		Catalog.Rows rows = new Catalog.Rows(List.of("source_file", "line", "rows_read", "valid_percent"), List.of(
				Arrays.asList("services-E08000011-2022-23.csv", 10, BigInteger.valueOf(12), new BigDecimal("83.33")),
				Arrays.asList("services-E08000011-2022-23.csv", 11L, null, null)));
		Map<QualitySheet, Catalog.Rows> sheets = new LinkedHashMap<>();
		sheets.put(QualitySheet.ALL.get(0), rows);
		sheets.put(QualitySheet.ALL.get(3), new Catalog.Rows(List.of("feed", "source_file"), List.of()));
		Path xlsx = folder.resolve("quality.xlsx");
		try (OutputStream out = Files.newOutputStream(xlsx)) {
			QualityWorkbook.writeXlsx(sheets, out);
		}
		try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
			assertThat(workbook.getSheets().map((sheet) -> sheet.getName())).containsExactly("Rejects",
					"Files refused");
			List<Row> read = workbook.getFirstSheet().read();
			assertThat(read.get(0).getCellText(3)).isEqualTo("valid_percent");
			assertThat(read.get(1).getCellAsNumber(2)).contains(new BigDecimal("12"));
			assertThat(read.get(1).getCellAsNumber(3)).contains(new BigDecimal("83.33"));
			assertThat(read.get(2).getCellAsNumber(1)).contains(new BigDecimal("11"));
			assertThat(read.get(2).hasCell(2) && !read.get(2).getCellText(2).isEmpty()).isFalse();
			assertThat(workbook.findSheet("Files refused").orElseThrow().read()).hasSize(1);
		}
	}

}
