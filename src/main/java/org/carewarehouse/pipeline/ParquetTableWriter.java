package org.carewarehouse.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.SeekableInputStream;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;

/**
 * The one class that writes Parquet: a file of records of a declared {@link Table}, to
 * any Hadoop file system ({@code file:}, {@code hdfs:}, {@code s3a:}). Records are
 * written a column at a time, straight to parquet-java's column writers: each column's
 * values go through its encoder together, and no record is taken apart field by field as
 * a nested message.
 */
public final class ParquetTableWriter {

	private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);

	private static final int MAX_CODES = 4096;

	private static final int PAGE_BYTES = 256 * 1024;

	/**
	 * Rows whose columns are written before the column writers check their page sizes: a
	 * page starts on a row, and a slice never reaches the writers' 20,000-row page limit.
	 */
	private static final int SLICE_ROWS = 2048;

	private final Configuration configuration;

	/**
	 * Creates a writer.
	 * @param configuration the Hadoop configuration (file system settings and
	 * credentials)
	 */
	public ParquetTableWriter(Configuration configuration) {
		this.configuration = configuration;
	}

	/**
	 * The Hadoop settings the writer uses for every file system.
	 * @return the settings
	 */
	public Configuration configuration() {
		return this.configuration;
	}

	/**
	 * Writes records to a file, replacing any file already there.
	 * @param <T> the record type
	 * @param table the table the records belong to
	 * @param file the file to write
	 * @param records the records, in the order to store them
	 * @return the number of records written
	 */
	public <T> long write(Table<T> table, Path file, List<T> records) {
		try {
			write(table, HadoopOutputFile.fromPath(file, this.configuration), records);
			return records.size();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

	/**
	 * Encodes records as a Parquet file held in memory, touching no file system, so that
	 * blocks can be encoded on several threads and written by one.
	 * @param <T> the record type
	 * @param table the table the records belong to
	 * @param records the records, in the order to store them
	 * @return the encoded file
	 */
	public <T> Encoded encode(Table<T> table, List<T> records) {
		ParquetBytes.Output output = new ParquetBytes.Output();
		try {
			ParquetMetadata footer = write(table, output, records);
			return new Encoded(records.size(), output.toByteArray(), footer.getBlocks());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot encode " + table.name(), ex);
		}
	}

	/**
	 * Writes encoded files as one file, replacing any file already there: their row
	 * groups are copied as they are, not encoded again.
	 * @param table the table the records belong to
	 * @param file the file to write
	 * @param parts files from {@link #encode}, in the order to store them
	 * @return the number of records written
	 */
	public long writeEncoded(Table<?> table, Path file, List<Encoded> parts) {
		long written = 0;
		try (ParquetFileWriter writer = new ParquetFileWriter(HadoopOutputFile.fromPath(file, this.configuration),
				table.schema(), ParquetFileWriter.Mode.OVERWRITE, ParquetWriter.DEFAULT_BLOCK_SIZE, 0)) {
			writer.start();
			for (Encoded part : parts) {
				try (SeekableInputStream in = new ParquetBytes.Input(part.bytes()).newStream()) {
					writer.appendRowGroups(in, part.rowGroups(), false);
				}
				written += part.rows();
			}
			writer.end(metadata(table));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
		return written;
	}

	/** The records as one row group, each column's values written in slices of rows. */
	private <T> ParquetMetadata write(Table<T> table, OutputFile output, List<T> records) throws IOException {
		MessageType schema = table.schema();
		List<TableColumn<T>> columns = table.storedColumns();
		CodecFactory codecs = new CodecFactory(this.configuration, PAGE_BYTES);
		ParquetProperties properties = properties(columns);
		try (ParquetFileWriter file = new ParquetFileWriter(output, schema, ParquetFileWriter.Mode.OVERWRITE,
				ParquetWriter.DEFAULT_BLOCK_SIZE, 0);
				ColumnChunkPageWriteStore pages = ColumnChunkPageWriteStore.builder()
					.withSchema(schema)
					.withAllocator(properties.getAllocator())
					.withColumnIndexTruncateLength(properties.getColumnIndexTruncateLength())
					.withPageWriteChecksumEnabled(properties.getPageWriteChecksumEnabled())
					.withCompressorProvider((column) -> codecs.getCompressor(CompressionCodecName.SNAPPY))
					.build();
				ColumnWriteStore store = properties.newColumnWriteStore(schema, pages, pages)) {
			file.start();
			ColumnWriter[] writers = schema.getColumns()
				.stream()
				.map(store::getColumnWriter)
				.toArray(ColumnWriter[]::new);
			Map<String, Binary> codes = new HashMap<>();
			for (int from = 0; from < records.size(); from += SLICE_ROWS) {
				List<T> slice = records.subList(from, Math.min(records.size(), from + SLICE_ROWS));
				for (int i = 0; i < columns.size(); i++) {
					writeColumn(table, columns.get(i), writers[i], slice, codes);
				}
				slice.forEach((record) -> store.endRecord());
			}
			if (!records.isEmpty()) {
				file.startBlock(records.size());
				store.flush();
				pages.flushToFileWriter(file);
				file.endBlock();
			}
			file.end(metadata(table));
			return file.getFooter();
		}
		finally {
			codecs.release();
		}
	}

	private static ParquetProperties properties(List<? extends TableColumn<?>> columns) {
		ParquetProperties.Builder properties = ParquetProperties.builder()
			// a block of a few thousand rows fills no column's page beyond this, and the
			// compressor's buffer is allocated at the page size for every block encoded
			.withPageSize(PAGE_BYTES)
			// the size statistics (value bytes, level histograms) serve no reader of the
			// warehouse; DuckDB plans with the row counts and min/max statistics
			.withSizeStatisticsEnabled(false);
		for (TableColumn<?> column : columns) {
			if (!column.dictionary()) {
				properties.withDictionaryEncoding(column.name(), false);
			}
			if (!column.dictionary() && column.type() == ColumnType.STRING) {
				// a keyed hash's min and max span the whole range in every row group and
				// rule none out: comparing each value for them is wasted
				properties.withStatisticsEnabled(column.name(), false);
			}
		}
		return properties.build();
	}

	private static <T> void writeColumn(Table<T> table, TableColumn<T> column, ColumnWriter writer, List<T> rows,
			Map<String, Binary> codes) {
		int present = column.required() ? 0 : 1;
		for (T row : rows) {
			Object value = column.getter().apply(row);
			if (value == null) {
				if (column.required()) {
					throw new IllegalStateException(table.name() + "." + column.name() + " is required");
				}
				writer.writeNull(0, 0);
				continue;
			}
			switch (column.type()) {
				case STRING -> writer.write(binary(value.toString()), 0, present);
				case CODE -> writer.write(code(codes, value.toString()), 0, present);
				case INTEGER -> writer.write(((Number) value).longValue(), 0, present);
				case DECIMAL -> writer.write(((BigDecimal) value).setScale(Table.DECIMAL_SCALE, RoundingMode.HALF_UP)
					.unscaledValue()
					.longValueExact(), 0, present);
				case NUMBER -> writer.write(((Number) value).doubleValue(), 0, present);
				case DATE -> writer.write(Math.toIntExact(((LocalDate) value).toEpochDay()), 0, present);
				case TIMESTAMP -> writer.write(ChronoUnit.MICROS.between(EPOCH, (LocalDateTime) value), 0, present);
			}
		}
	}

	/**
	 * The encoded form of a code: a code column holds few values, each repeated in many
	 * rows.
	 */
	private static Binary code(Map<String, Binary> codes, String value) {
		Binary binary = codes.get(value);
		if (binary == null) {
			binary = binary(value);
			if (codes.size() < MAX_CODES) {
				codes.put(value, binary);
			}
		}
		return binary;
	}

	/**
	 * A value backed by an array: the dictionary and the min/max statistics compare it
	 * with a plain array loop, where {@code Binary.fromString}'s buffer is compared byte
	 * by byte through its accessors.
	 */
	private static Binary binary(String value) {
		return Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
	}

	private static Map<String, String> metadata(Table<?> table) {
		return Map.of("care-warehouse.table", table.name());
	}

	/**
	 * A Parquet file encoded in memory.
	 *
	 * @param rows the records it holds
	 * @param bytes the file
	 * @param rowGroups where its row groups lie in the bytes, from its footer
	 */
	public record Encoded(long rows, byte[] bytes, List<BlockMetaData> rowGroups) {

	}

}
