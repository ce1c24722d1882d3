package org.carewarehouse.pipeline;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What the one Parquet writer produces, as DuckDB reads it back.
 */
class ParquetTableWriterTests {

	record Item(String name, String kind, Long count, BigDecimal money, LocalDate day, LocalDateTime at) {

	}

	static final Table<Item> TABLE = Table.<Item>named("items", "test items")
		.required("name", ColumnType.STRING, "name", Item::name)
		.optional("kind", ColumnType.CODE, "kind", Item::kind)
		.optional("count", ColumnType.INTEGER, "count", Item::count)
		.optional("money", ColumnType.DECIMAL, "money", Item::money)
		.optional("day", ColumnType.DATE, "day", Item::day)
		.optional("recorded_at", ColumnType.TIMESTAMP, "when", Item::at)
		.build();

	private final ParquetTableWriter writer = new ParquetTableWriter(PipelineFixtures.localHadoop());

	@TempDir
	Path folder;

	@Test
	void duckDbSeesTheDeclaredTypes() throws Exception {
		Path file = write("types.parquet", List.of(item("a", new BigDecimal("1.00"))));
		assertThat(PipelineFixtures
			.query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('" + file + "'))"))
			.containsExactly(List.of("name", "VARCHAR"), List.of("kind", "VARCHAR"), List.of("count", "BIGINT"),
					List.of("money", "DECIMAL(18,2)"), List.of("day", "DATE"), List.of("recorded_at", "TIMESTAMP"));
	}

	@Test
	void feedTableHasTheRecordsColumnsThenTheFileAndLineThePipelineStamped() throws Exception {
		Table<Sourced<Item>> sourced = Table.<Item>named("items", "test items")
			.partition("kind", "kind", Item::kind)
			.required("name", ColumnType.STRING, "name", Item::name)
			.build()
			.sourced();
		Sourced<Item> first = new Sourced<>(new Item("a", "care", 1L, null, null, null), "items-2024.csv", 2);
		Sourced<Item> second = new Sourced<>(new Item("b", "care", 2L, null, null, null), "items-2024.csv", 7);
		Path file = this.folder.resolve("sourced.parquet");
		this.writer.write(sourced, new org.apache.hadoop.fs.Path(file.toUri()), List.of(first, second));
		assertThat(sourced.storedColumns()).extracting(TableColumn::name, TableColumn::dictionary)
			.containsExactly(tuple("name", true), tuple("source_file", true), tuple("source_line", false),
					tuple("kind", true));
		assertThat(sourced.partitionPath(first)).isEqualTo("kind=care");
		assertThat(PipelineFixtures.query("SELECT name, source_file, source_line FROM read_parquet('" + file + "')"))
			.containsExactly(List.of("a", "items-2024.csv", 2L), List.of("b", "items-2024.csv", 7L));
	}

	@Test
	void valuesComeBackExactly() throws Exception {
		Path file = write("values.parquet",
				List.of(new Item("Ω pound £", "Home Support", Long.MAX_VALUE, new BigDecimal("1234.56"),
						LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 3, 31, 23, 59, 1, 123_456_000)),
						new Item("penny", null, -1L, new BigDecimal("0.01"), LocalDate.of(1900, 1, 1),
								LocalDateTime.of(1969, 12, 31, 23, 59, 59)),
						new Item("largest", null, 0L, new BigDecimal("9999999999999999.99"), null, null),
						new Item("owed", null, null, new BigDecimal("-0.5"), null, null)));
		assertThat(PipelineFixtures.query("SELECT name, kind, count, money, day, "
				+ "strftime(recorded_at, '%Y-%m-%d %H:%M:%S.%f') FROM read_parquet('" + file + "')"))
			.containsExactly(
					List.of("Ω pound £", "Home Support", Long.MAX_VALUE, new BigDecimal("1234.56"),
							LocalDate.of(2024, 2, 29), "2024-03-31 23:59:01.123456"),
					Arrays.asList("penny", null, -1L, new BigDecimal("0.01"), LocalDate.of(1900, 1, 1),
							"1969-12-31 23:59:59.000000"),
					Arrays.asList("largest", null, 0L, new BigDecimal("9999999999999999.99"), null, null),
					Arrays.asList("owed", null, null, new BigDecimal("-0.50"), null, null));
	}

	/**
	 * A DECIMAL column holds two places, as DHSC's GetUniqueEvents holds Unit Cost and
	 * Planned units per week (NUMERIC(18, 2), lines 49-53): a value with more is rounded
	 * to the nearest penny, a half away from zero, as SQL Server rounds: 21.375 is 21.38,
	 * -12.345 is -12.35, 2.333 is 2.33 and 0.004 is 0.00.
	 */
	@Test
	void valuesWithMorePlacesAreRoundedToTwoHalfAwayFromZero() throws Exception {
		Path file = write("rounded.parquet",
				List.of(item("a", new BigDecimal("21.375")), item("b", new BigDecimal("-12.345")),
						item("c", new BigDecimal("2.333")), item("d", new BigDecimal("0.004"))));
		assertThat(PipelineFixtures.query("SELECT name, money FROM read_parquet('" + file + "') ORDER BY name"))
			.containsExactly(List.of("a", new BigDecimal("21.38")), List.of("b", new BigDecimal("-12.35")),
					List.of("c", new BigDecimal("2.33")), List.of("d", new BigDecimal("0.00")));
	}

	@Test
	void missingOptionalValuesAreNull() throws Exception {
		Path file = write("nulls.parquet", List.of(new Item("only a name", null, null, null, null, null)));
		assertThat(PipelineFixtures.query("SELECT * FROM read_parquet('" + file + "')"))
			.containsExactly(Arrays.asList("only a name", null, null, null, null, null));
	}

	@Test
	void manyRowsKeepTheirOrderAndTheirNullsInEveryColumn() throws Exception {
		// more rows than the writer takes in one slice of columns, with each column's
		// nulls falling on different rows
		List<Item> items = java.util.stream.IntStream.range(0, 5001)
			.mapToObj((i) -> new Item("row " + i, (i % 3 == 0) ? null : "kind " + (i % 4),
					(i % 7 == 0) ? null : (long) i, (i % 5 == 0) ? null : BigDecimal.valueOf(i, 2), null, null))
			.toList();
		Path file = write("many.parquet", items);
		// by hand over 0..5000: kinds on rows not divisible by 3, counts on rows not
		// divisible by 7 summing 12,502,500 less 7 × (0 + 1 + ... + 714) = 1,786,785, and
		// money on rows not divisible by 5, 125,025.00 less 5 × 0.01 × (0 + ... + 1000)
		assertThat(PipelineFixtures.query("SELECT count(*), count(kind), count(count), sum(count)::BIGINT, sum(money), "
				+ "bool_and(name = 'row ' || (row_number - 1)) FROM (SELECT *, row_number() OVER () AS row_number "
				+ "FROM read_parquet('" + file + "'))"))
			.containsExactly(List.of(5001L, 3334L, 4286L, 10715715L, new BigDecimal("100000.00"), true));
		assertThat(PipelineFixtures.query("SELECT name, kind, count, money FROM read_parquet('" + file
				+ "') WHERE name IN ('row 2047', 'row 2048', 'row 2049', 'row 2051', 'row 5000') ORDER BY name"))
			.containsExactly(Arrays.asList("row 2047", "kind 3", 2047L, new BigDecimal("20.47")),
					Arrays.asList("row 2048", "kind 0", 2048L, new BigDecimal("20.48")),
					Arrays.asList("row 2049", null, 2049L, new BigDecimal("20.49")),
					Arrays.asList("row 2051", "kind 3", null, new BigDecimal("20.51")),
					Arrays.asList("row 5000", "kind 0", 5000L, null));
	}

	@Test
	void noRecordsMakeAFileWithTheColumnsAndNoRows() throws Exception {
		Path file = write("empty.parquet", List.of());
		assertThat(PipelineFixtures.query("SELECT count(*) FROM read_parquet('" + file + "')"))
			.containsExactly(List.of(0L));
		assertThat(PipelineFixtures.query("SELECT count(*) FROM (DESCRIBE SELECT * FROM read_parquet('" + file + "'))"))
			.containsExactly(List.of(6L));
	}

	@Test
	void missingRequiredValueIsRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> write("refused.parquet", List.of(new Item(null, null, null, null, null, null))))
			.withMessage("items.name is required");
	}

	@Test
	void writingAgainReplacesTheFile() throws Exception {
		write("again.parquet", List.of(item("first", BigDecimal.ONE), item("second", BigDecimal.TEN)));
		Path file = write("again.parquet", List.of(item("third", BigDecimal.ONE)));
		assertThat(PipelineFixtures.query("SELECT name FROM read_parquet('" + file + "')"))
			.containsExactly(List.of("third"));
	}

	@Test
	void writeReturnsTheNumberOfRecords() {
		assertThat(this.writer.write(TABLE, hadoopPath("three.parquet"),
				List.of(item("a", BigDecimal.ONE), item("b", BigDecimal.ONE), item("c", BigDecimal.ONE))))
			.isEqualTo(3);
	}

	private Path write(String name, List<Item> items) {
		this.writer.write(TABLE, hadoopPath(name), items);
		return this.folder.resolve(name);
	}

	private org.apache.hadoop.fs.Path hadoopPath(String name) {
		return new org.apache.hadoop.fs.Path(this.folder.resolve(name).toUri());
	}

	private static Item item(String name, BigDecimal money) {
		return new Item(name, null, 1L, money, null, null);
	}

}
