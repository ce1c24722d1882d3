package org.carewarehouse.pipeline;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chunks of checked blocks written as Hive-partitioned Parquet, with their counts kept
 * for control totals and restarts.
 */
class TableItemWriterTests {

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

	private static final Reject REJECT = new Reject("things", "extract-E08000014.csv.gz", 4, "name", "CW001",
			"'name' is required", null);

	@TempDir
	Path folder;

	@Test
	void duckDbReadsThePartitionedTableWithItsTypesAndValues() throws Exception {
		write(new ExecutionContext(),
				block(List.of(
						new Row("E08000014", "2023-24", "full", 3L, new BigDecimal("1234.56"),
								LocalDate.of(2024, 3, 31), LocalDateTime.of(2024, 4, 1, 6, 30)),
						new Row("E08000014", "2023-24", "sparse", null, new BigDecimal("0.01"), null, null)), List.of(),
						0));

		assertThat(
				PipelineFixtures.query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM " + rows() + ")"))
			.containsExactly(List.of("name", "VARCHAR"), List.of("count", "BIGINT"), List.of("money", "DECIMAL(18,2)"),
					List.of("day", "DATE"), List.of("recorded_at", "TIMESTAMP"), List.of("council", "VARCHAR"),
					List.of("financial_year", "VARCHAR"));
		assertThat(PipelineFixtures.query("SELECT council, financial_year, name, count, money, day, "
				+ "strftime(recorded_at, '%Y-%m-%d %H:%M:%S') FROM " + rows() + " ORDER BY money"))
			.containsExactly(Arrays.asList("E08000014", "2023-24", "sparse", null, new BigDecimal("0.01"), null, null),
					List.of("E08000014", "2023-24", "full", 3L, new BigDecimal("1234.56"), LocalDate.of(2024, 3, 31),
							"2024-04-01 06:30:00"));
	}

	@Test
	void rowsGoToHiveFoldersNamedAfterTheSourceFileAndChunk() throws Exception {
		write(new ExecutionContext(),
				block(List.of(row("E08000014", "2023-24"), row("E06000049", "2022-23"), row("E08000014", "2023-24")),
						List.of(REJECT), 1));

		assertThat(files()).containsExactly("rejects/feed=things/extract-E08000014-00001.parquet",
				"rows/council=E06000049/financial_year=2022-23/extract-E08000014-00001.parquet",
				"rows/council=E08000014/financial_year=2023-24/extract-E08000014-00001.parquet");
		assertThat(PipelineFixtures
			.query("SELECT council, financial_year, count(*) FROM " + rows() + " GROUP BY ALL ORDER BY ALL"))
			.containsExactly(List.of("E06000049", "2022-23", 1L), List.of("E08000014", "2023-24", 2L));
		assertThat(PipelineFixtures
			.query("SELECT feed, source_file, source_line, column_name, rule, message, value FROM " + "read_parquet('"
					+ this.folder.resolve("rejects") + "/*/*.parquet', hive_partitioning = true)"))
			.containsExactly(Arrays.asList("things", "extract-E08000014.csv.gz", 4L, "name", "CW001",
					"'name' is required", null));
	}

	/**
	 * Under an Arabic locale a formatted number has Arabic-Indic digits, which the
	 * restart's clean-up ({@link TableParts}, parts named {@code -[0-9]+}) would not see:
	 * a step restarted there would keep the failed attempt's rows beside the new ones.
	 */
	@Test
	void partNamesHaveTheSameDigitsWhateverTheDefaultLocale() throws Exception {
		Locale locale = Locale.getDefault();
		Locale.setDefault(Locale.forLanguageTag("ar-EG"));
		try {
			write(new ExecutionContext(), block(List.of(row("E08000014", "2023-24")), List.of(REJECT), 1));
		}
		finally {
			Locale.setDefault(locale);
		}
		assertThat(files()).containsExactly("rejects/feed=things/extract-E08000014-00001.parquet",
				"rows/council=E08000014/financial_year=2023-24/extract-E08000014-00001.parquet");
	}

	@Test
	void eachFileHoldsItsPartitionValuesAsWellAsItsFolderName() throws Exception {
		write(new ExecutionContext(),
				block(List.of(row("E08000014", "2023-24"), row("E06000049", "2022-23")), List.of(), 1));
		String file = "rows/council=E06000049/financial_year=2022-23/extract-E08000014-00001.parquet";

		assertThat(PipelineFixtures.query("SELECT council, financial_year, name FROM read_parquet('"
				+ this.folder.resolve(file) + "', hive_partitioning = false)"))
			.containsExactly(List.of("E06000049", "2022-23", "n"));
		List<Group> groups = ParquetGroups.read(this.folder.resolve(file));
		assertThat(groups).hasSize(1);
		assertThat(groups.get(0).getString("council", 0)).isEqualTo("E06000049");
		assertThat(groups.get(0).getString("financial_year", 0)).isEqualTo("2022-23");
		assertThat(groups.get(0).getType().getType("council").getLogicalTypeAnnotation())
			.isEqualTo(LogicalTypeAnnotation.stringType());
		assertThat(PipelineFixtures.query("SELECT count(*) FROM read_parquet('" + this.folder.resolve("rows")
				+ "/**/*.parquet', hive_partitioning = false, filename = true) "
				+ "WHERE filename NOT LIKE '%/council=' || council || '/financial_year=' || financial_year || '/%'"))
			.as("the values inside agree with the folder names")
			.containsExactly(List.of(0L));
	}

	@Test
	void countsAccumulateAcrossChunksAndGoToTheContextOnUpdate() {
		TableItemWriter<Row> writer = writer();
		ExecutionContext context = new ExecutionContext();
		writer.open(context);
		// chunk 1: 2 blocks, 3 rows loaded and 1 row rejected (with 2 broken rules)
		writer.write(new Chunk<>(List.of(
				block(List.of(row("E08000014", "2023-24"), row("E08000014", "2023-24")), List.of(REJECT, REJECT), 1),
				block(List.of(row("E06000049", "2023-24")), List.of(), 0))));
		writer.update(context);
		assertThat(ControlTotals.Counts.of(context)).isEqualTo(new ControlTotals.Counts(0, 3, 1));
		assertThat(context.getLong("chunks.written")).isEqualTo(1);
		// chunk 2: 1 loaded, 2 rejected
		writer.write(new Chunk<>(List.of(block(List.of(row("E08000014", "2023-24")), List.of(REJECT, REJECT), 2))));
		writer.update(context);
		assertThat(ControlTotals.Counts.of(context)).isEqualTo(new ControlTotals.Counts(0, 4, 3));
		assertThat(context.getLong("chunks.written")).isEqualTo(2);
	}

	@Test
	void controlTotalsAccumulateAcrossChunksAndSurviveARestart() {
		ExecutionContext context = new ExecutionContext();
		TableItemWriter<Row> writer = writer();
		writer.open(context);
		// chunk 1: loaded 10.50 + 0.25, rejected -3.00 and one row without an amount
		writer.write(new Chunk<>(List.of(summed("10.50", "-3.00", 1), summed("0.25", "0", 0))));
		writer.update(context);
		assertThat(context.getString("total.loaded")).isEqualTo("10.75");
		assertThat(context.getString("total.rejected")).isEqualTo("-3.00");
		assertThat(context.getLong("total.rejected.unparsed")).isEqualTo(1);
		// the next chunk fails before its totals commit; the restart counts it once
		writer.write(new Chunk<>(List.of(summed("0.01", "0.005", 0))));
		TableItemWriter<Row> restart = writer();
		ExecutionContext resumed = new ExecutionContext(context);
		restart.open(resumed);
		restart.write(new Chunk<>(List.of(summed("0.01", "0.005", 0))));
		restart.update(resumed);
		// 10.75 + 0.01 = 10.76; -3.00 + 0.005 = -2.995
		assertThat(resumed.getString("total.loaded")).isEqualTo("10.76");
		assertThat(resumed.getString("total.rejected")).isEqualTo("-2.995");
		assertThat(resumed.getLong("total.rejected.unparsed")).isEqualTo(1);
	}

	@Test
	void blocksOfOnePartitionInAChunkShareOneFileAndKeepTheirOrder() throws Exception {
		TableItemWriter<Row> writer = writer();
		writer.open(new ExecutionContext());
		writer.write(new Chunk<>(List.of(block(List.of(named("a"), named("b")), List.of(), 0),
				block(List.of(named("c")), List.of(), 0), block(List.of(named("d"), named("e")), List.of(), 0))));
		String file = "rows/council=E08000014/financial_year=2023-24/extract-E08000014-00001.parquet";

		assertThat(files()).containsExactly(file);
		assertThat(ParquetGroups.read(this.folder.resolve(file))).extracting((group) -> group.getString("name", 0))
			.containsExactly("a", "b", "c", "d", "e");
		assertThat(PipelineFixtures.query("SELECT count(*) FROM parquet_metadata('" + this.folder.resolve(file)
				+ "') WHERE path_in_schema = 'name'"))
			.as("one row group per block")
			.containsExactly(List.of(3L));
	}

	@Test
	void blocksWithoutTotalsLeaveNone() {
		ExecutionContext context = new ExecutionContext();
		write(context, block(List.of(row("E08000014", "2023-24")), List.of(), 0));
		assertThat(context.containsKey("total.loaded")).isFalse();
	}

	@Test
	void restartedChunkOverwritesWhatItsFailedAttemptWrote() throws Exception {
		ExecutionContext committed = new ExecutionContext();
		EncodedBlock first = block(List.of(row("E08000014", "2023-24")), List.of(), 0);
		EncodedBlock second = block(List.of(row("E08000014", "2023-24"), row("E06000049", "2023-24")), List.of(REJECT),
				1);
		TableItemWriter<Row> attempt = writer();
		attempt.open(committed);
		attempt.write(new Chunk<>(List.of(first)));
		attempt.update(committed);
		// the second chunk is written, then the step fails before its counts commit
		attempt.write(new Chunk<>(List.of(second)));

		TableItemWriter<Row> restart = writer();
		ExecutionContext resumed = new ExecutionContext(committed);
		restart.open(resumed);
		restart.write(new Chunk<>(List.of(second)));
		restart.update(resumed);

		assertThat(PipelineFixtures.query("SELECT count(*) FROM " + rows())).containsExactly(List.of(3L));
		assertThat(PipelineFixtures
			.query("SELECT count(*) FROM read_parquet('" + this.folder.resolve("rejects") + "/*/*.parquet')"))
			.containsExactly(List.of(1L));
		assertThat(ControlTotals.Counts.of(resumed)).isEqualTo(new ControlTotals.Counts(0, 3, 1));
		assertThat(files()).containsExactly("rejects/feed=things/extract-E08000014-00002.parquet",
				"rows/council=E06000049/financial_year=2023-24/extract-E08000014-00002.parquet",
				"rows/council=E08000014/financial_year=2023-24/extract-E08000014-00001.parquet",
				"rows/council=E08000014/financial_year=2023-24/extract-E08000014-00002.parquet");
	}

	@Test
	void rerunOfTheWholeFileFromAFreshContextReplacesItsFiles() throws Exception {
		List<Row> rows = List.of(row("E08000014", "2023-24"), row("E08000014", "2023-24"));
		write(new ExecutionContext(), block(rows, List.of(), 0));
		write(new ExecutionContext(), block(rows, List.of(), 0));
		assertThat(PipelineFixtures.query("SELECT count(*) FROM " + rows())).containsExactly(List.of(2L));
	}

	private void write(ExecutionContext context, EncodedBlock block) {
		TableItemWriter<Row> writer = writer();
		writer.open(context);
		writer.write(new Chunk<>(List.of(block)));
		writer.update(context);
	}

	private TableItemWriter<Row> writer() {
		return new TableItemWriter<>(new ParquetTableWriter(PipelineFixtures.localHadoop()), TABLE,
				new org.apache.hadoop.fs.Path(this.folder.toUri()), "extract-E08000014.csv.gz");
	}

	private static EncodedBlock block(List<Row> rows, List<Reject> rejects, int rejectedRows) {
		return encoded(new CheckedBlock<>(rows, rejects, rejectedRows));
	}

	private static EncodedBlock summed(String loaded, String rejected, long unparsed) {
		return encoded(new CheckedBlock<>(List.of(), List.of(), 0,
				new CheckedBlock.Totals(new BigDecimal(loaded), new BigDecimal(rejected), unparsed)));
	}

	/** As the step's workers hand blocks to the writer. */
	private static EncodedBlock encoded(CheckedBlock<Row> block) {
		return new BlockEncoder<Row>((unchecked) -> {
			throw new AssertionError("the block is checked already");
		}, TABLE, new ParquetTableWriter(PipelineFixtures.localHadoop())).encode(block);
	}

	private static Row named(String name) {
		return new Row("E08000014", "2023-24", name, 1L, BigDecimal.ONE, null, null);
	}

	private static Row row(String council, String year) {
		return new Row(council, year, "n", 1L, BigDecimal.ONE, null, null);
	}

	private String rows() {
		return "read_parquet('" + this.folder.resolve("rows") + "/**/*.parquet', hive_partitioning = true)";
	}

	private List<String> files() throws Exception {
		try (Stream<Path> files = Files.walk(this.folder)) {
			return files.filter(Files::isRegularFile)
				.map((f) -> this.folder.relativize(f).toString())
				.sorted()
				.toList();
		}
	}

}
