package org.carewarehouse.pipeline;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the one Parquet writer produces, as DuckDB reads it back.
 */
class ParquetTableWriterTests {

	record Row(String council, String year, String name, Long count, BigDecimal money, LocalDate day,
			LocalDateTime at) {

	}

	static final Table<Row> TABLE = Table.<Row>named("rows", "test rows")
		.partition("council", "council", Row::council)
		.partition("financial_year", "year", Row::year)
		.required("name", ColumnType.STRING, "name", Row::name)
		.optional("count", ColumnType.INTEGER, "count", Row::count)
		.optional("money", ColumnType.DECIMAL, "money", Row::money)
		.optional("day", ColumnType.DATE, "day", Row::day)
		.optional("recorded_at", ColumnType.TIMESTAMP, "when", Row::at)
		.build();

	@TempDir
	Path folder;

	@Test
	void duckDbReadsTheDeclaredTypesAndExactValues() throws Exception {
		writeChunk(List.of(
				new Row("E08000014", "2023-24", "Ω pound £", 3L, new BigDecimal("1234.56"), LocalDate.of(2024, 2, 29),
						LocalDateTime.of(2024, 3, 31, 23, 59, 1)),
				new Row("E08000014", "2023-24", "blank", null, new BigDecimal("0.01"), null, null)));

		assertThat(query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM " + source() + ")"))
			.containsExactly(List.of("name", "VARCHAR"), List.of("count", "BIGINT"), List.of("money", "DECIMAL(18,2)"),
					List.of("day", "DATE"), List.of("recorded_at", "TIMESTAMP"), List.of("council", "VARCHAR"),
					List.of("financial_year", "VARCHAR"));
		assertThat(query("SELECT name, count, money::VARCHAR, day::VARCHAR, recorded_at::VARCHAR, council FROM "
				+ source() + " ORDER BY money"))
			.containsExactly(java.util.Arrays.asList("blank", null, "0.01", null, null, "E08000014"),
					List.of("Ω pound £", 3L, "1234.56", "2024-02-29", "2024-03-31 23:59:01", "E08000014"));
	}

	@Test
	void rowsGoToHivePartitionFoldersAndARestartedChunkOverwritesItsFiles() throws Exception {
		List<Row> rows = List.of(row("E08000014", "2023-24"), row("E06000049", "2022-23"), row("E08000014", "2023-24"));
		writeChunk(rows);
		writeChunk(rows);

		assertThat(query("SELECT council, financial_year, count(*) FROM " + source() + " GROUP BY ALL ORDER BY ALL"))
			.containsExactly(List.of("E06000049", "2022-23", 1L), List.of("E08000014", "2023-24", 2L));
		assertThat(this.folder.resolve("rows/council=E08000014/financial_year=2023-24/extract-00001.parquet")).exists();
	}

	@Test
	void writerCountsLoadedAndRejectedRowsAcrossChunks() {
		TableItemWriter<Row> writer = writer();
		ExecutionContext context = new ExecutionContext();
		writer.open(context);
		Reject reject = new Reject("feed", "extract.csv", 4, "name", "CW001", "missing", null);
		writer
			.write(new Chunk<>(List.of(new CheckedBlock<>(List.of(row("E08000014", "2023-24")), List.of(reject), 1))));
		writer.write(new Chunk<>(List.of(new CheckedBlock<>(List.of(row("E08000014", "2023-24")), List.of(), 0))));
		writer.update(context);

		assertThat(ControlTotals.Counts.of(context)).isEqualTo(new ControlTotals.Counts(0, 2, 1));
		assertThat(this.folder.resolve("rejects/feed=feed/extract-00001.parquet")).exists();
	}

	private void writeChunk(List<Row> rows) {
		TableItemWriter<Row> writer = writer();
		writer.open(new ExecutionContext());
		writer.write(new Chunk<>(List.of(new CheckedBlock<>(rows, List.of(), 0))));
	}

	private TableItemWriter<Row> writer() {
		Configuration hadoop = new Configuration();
		hadoop.set("fs.file.impl", RawLocalFileSystem.class.getName());
		hadoop.setBoolean("fs.file.impl.disable.cache", true);
		return new TableItemWriter<>(new ParquetTableWriter(hadoop), TABLE,
				new org.apache.hadoop.fs.Path(this.folder.toUri()), "extract.csv.gz");
	}

	private static Row row(String council, String year) {
		return new Row(council, year, "n", 1L, BigDecimal.ONE, null, null);
	}

	private String source() {
		return "read_parquet('" + this.folder.resolve("rows") + "/*/*/*.parquet', hive_partitioning = true)";
	}

	private static List<List<Object>> query(String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			List<List<Object>> rows = new ArrayList<>();
			while (result.next()) {
				List<Object> row = new ArrayList<>();
				for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
					row.add(result.getObject(i));
				}
				rows.add(row);
			}
			return rows;
		}
	}

}
