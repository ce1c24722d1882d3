package org.carewarehouse.reports;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.carewarehouse.Command;
import org.carewarehouse.nightly.NightlyIntegrationTest;
import org.carewarehouse.nightly.NightlyOptions;
import org.carewarehouse.nightly.Warehouse;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Knowsley's data quality workbook from a real nightly run, read back with fastexcel's
 * reader and checked against the warehouse.
 */
@NightlyIntegrationTest(home = ReportRun.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualityReportIntegrationTests {

	private static final String BROKEN = "services-E08000011-2022-23.csv";

	@Autowired
	@Qualifier("nightlyCommand")
	Command<NightlyOptions> nightly;

	@Autowired
	Warehouse warehouse;

	@BeforeAll
	void load() throws Exception {
		ReportRun.load(this.nightly);
	}

	@Test
	void rejectsNameTheFileAndLineOfEachBrokenRow() throws Exception {
		List<Row> rejects = sheet("Rejects");
		long expected = this.warehouse.count("SELECT count(*) FROM rejects WHERE source_file LIKE '%E08000011%' "
				+ "AND rule NOT IN ('CW010', 'CW011', 'CW016', 'CW018', 'CW019', 'CW020')");
		assertThat(rejects).hasSize((int) expected + 1);
		List<String> keys = rejects.stream().skip(1).map((row) -> row.getCellText(6)).toList();
		assertThat(keys).contains(BROKEN + ":10", BROKEN + ":11");
		// and the row's Event Reference, which the case management system finds it by
		String reference = rejects.stream()
			.filter((row) -> (BROKEN + ":10").equals(row.getCellText(6)))
			.map((row) -> row.getCellText(7))
			.findFirst()
			.orElseThrow();
		assertThat(reference).isNotBlank()
			.isEqualTo(this.warehouse.value("SELECT any_value(record_key) FROM rejects WHERE source_file = '" + BROKEN
					+ "' AND source_line = 10"));
		assertThat(csv("rejects")).hasSize((int) expected);
	}

	@Test
	void refusedFilesAreListed() throws Exception {
		List<Row> refused = sheet("Files refused");
		assertThat(refused.stream().skip(1).map((row) -> row.getCellText(1) + " " + row.getCellText(3)))
			.containsExactly("services-E08000011-2021-22.csv CW010", "services-E08000011-2021-22.csv CW020");
	}

	@Test
	void completenessCountsTheLoadedValues() throws Exception {
		List<Row> completeness = sheet("Completeness");
		assertThat(completeness).hasSizeGreaterThan(10);
		for (Row row : completeness.subList(1, completeness.size())) {
			List<Object> counts = this.warehouse
				.rows("SELECT count(*), count(\"" + row.getCellText(1) + "\") FROM " + row.getCellText(0)
						+ " WHERE council = 'E08000011'")
				.get(0);
			assertThat(number(row, 2)).as(row.toString()).isEqualTo(((Number) counts.get(0)).longValue());
			assertThat(number(row, 3)).as(row.toString()).isEqualTo(((Number) counts.get(1)).longValue());
		}
	}

	@Test
	void validityComparesBrokenRowsWithRowsRead() throws Exception {
		List<Row> validity = sheet("Validity");
		long read = this.warehouse.count("SELECT max(rows_read) FROM load_runs WHERE source_file = '" + BROKEN + "'");
		assertThat(validity.stream().skip(1).filter((row) -> BROKEN.equals(row.getCellText(1)))).isNotEmpty()
			.allSatisfy((row) -> assertThat(number(row, 3)).isEqualTo(read));
		long invalid = validity.stream()
			.skip(1)
			.filter((row) -> BROKEN.equals(row.getCellText(1)))
			.mapToLong((row) -> number(row, 4))
			.sum();
		assertThat(invalid).isEqualTo(this.warehouse.count("SELECT count(*) FROM rejects WHERE source_file = '" + BROKEN
				+ "' AND severity = 'error' " + "AND column_name IS NOT NULL"));
	}

	@Test
	void missingDenominatorsAreTheWarehousesGaps() throws Exception {
		long gaps = this.warehouse.count("SELECT count(*) FROM indicator_gaps WHERE council = 'E08000011'");
		assertThat(gaps).isPositive();
		assertThat(sheet("Missing denominators")).hasSize((int) gaps + 1);
		assertThat(csv("missing-denominators")).hasSize((int) gaps);
	}

	private static List<Row> sheet(String name) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				ReportRun.nightlyReports().resolve("quality/E08000011.xlsx").toFile())) {
			try (var rows = workbook.findSheet(name).orElseThrow().openStream()) {
				return rows.toList();
			}
		}
	}

	private static List<CSVRecord> csv(String name) throws IOException {
		try (Reader reader = Files
			.newBufferedReader(ReportRun.nightlyReports().resolve("quality/E08000011/" + name + ".csv"))) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	private static long number(Row row, int cell) {
		return row.getCellAsNumber(cell).map(BigDecimal::longValueExact).orElseThrow();
	}

}
