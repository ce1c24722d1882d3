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
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.SeekableInputStream;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;

/**
 * The one class that writes Parquet: a file of records of a declared {@link Table}, to
 * any Hadoop file system ({@code file:}, {@code hdfs:}, {@code s3a:}).
 */
public final class ParquetTableWriter {

	private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);

	private static final int MAX_CODES = 4096;

	private static final int PAGE_BYTES = 256 * 1024;

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
	public <T> long write(Table<T> table, Path file, Iterable<T> records) {
		try {
			return write(table, HadoopOutputFile.fromPath(file, this.configuration), records);
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
	public <T> Encoded encode(Table<T> table, Iterable<T> records) {
		ParquetBytes.Output output = new ParquetBytes.Output();
		long rows = 0;
		try (ParquetWriter<T> writer = writer(table, output)) {
			for (T record : records) {
				writer.write(record);
				rows++;
			}
			writer.close();
			return new Encoded(rows, output.toByteArray(), writer.getFooter().getBlocks());
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

	private <T> ParquetWriter<T> writer(Table<T> table, OutputFile file) throws IOException {
		Builder<T> builder = new Builder<>(file, table).withConf(this.configuration)
			.withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
			.withCompressionCodec(CompressionCodecName.SNAPPY)
			// a block of a few thousand rows fills no column's page beyond this, and the
			// compressor's buffer is allocated at the page size for every block encoded
			.withPageSize(PAGE_BYTES)
			// the size statistics (value bytes, level histograms) serve no reader of the
			// warehouse; DuckDB plans with the row counts and min/max statistics
			.withSizeStatisticsEnabled(false);
		for (TableColumn<T> column : table.storedColumns()) {
			if (!column.dictionary()) {
				builder.withDictionaryEncoding(column.name(), false);
			}
			if (!column.dictionary() && column.type() == ColumnType.STRING) {
				// a keyed hash's min and max span the whole range in every row group and
				// rule none out: comparing each value for them is wasted
				builder.withStatisticsEnabled(column.name(), false);
			}
		}
		return builder.build();
	}

	private <T> long write(Table<T> table, OutputFile file, Iterable<T> records) throws IOException {
		long written = 0;
		try (ParquetWriter<T> writer = writer(table, file)) {
			for (T record : records) {
				writer.write(record);
				written++;
			}
		}
		return written;
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

	private static final class Builder<T> extends ParquetWriter.Builder<T, Builder<T>> {

		private final Table<T> table;

		Builder(OutputFile file, Table<T> table) {
			super(file);
			this.table = table;
		}

		@Override
		protected Builder<T> self() {
			return this;
		}

		@Override
		protected WriteSupport<T> getWriteSupport(Configuration configuration) {
			return new TableWriteSupport<>(this.table);
		}

	}

	private static final class TableWriteSupport<T> extends WriteSupport<T> {

		private final Table<T> table;

		private final List<TableColumn<T>> columns;

		/**
		 * The encoded form of each code written: a code column holds few values, each
		 * repeated in many rows.
		 */
		private final Map<String, Binary> codes = new HashMap<>();

		private RecordConsumer consumer;

		TableWriteSupport(Table<T> table) {
			this.table = table;
			this.columns = table.storedColumns();
		}

		@Override
		public WriteContext init(Configuration configuration) {
			return new WriteContext(this.table.schema(), metadata(this.table));
		}

		@Override
		public void prepareForWrite(RecordConsumer recordConsumer) {
			this.consumer = recordConsumer;
		}

		@Override
		public void write(T record) {
			this.consumer.startMessage();
			for (int i = 0; i < this.columns.size(); i++) {
				TableColumn<T> column = this.columns.get(i);
				Object value = column.getter().apply(record);
				if (value == null) {
					if (column.required()) {
						throw new IllegalStateException(this.table.name() + "." + column.name() + " is required");
					}
					continue;
				}
				this.consumer.startField(column.name(), i);
				add(column.type(), value);
				this.consumer.endField(column.name(), i);
			}
			this.consumer.endMessage();
		}

		private Binary code(String value) {
			Binary binary = this.codes.get(value);
			if (binary == null) {
				binary = binary(value);
				if (this.codes.size() < MAX_CODES) {
					this.codes.put(value, binary);
				}
			}
			return binary;
		}

		/**
		 * A value backed by an array: the dictionary and the min/max statistics compare
		 * it with a plain array loop, where {@code Binary.fromString}'s buffer is
		 * compared byte by byte through its accessors.
		 */
		private static Binary binary(String value) {
			return Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
		}

		private void add(ColumnType type, Object value) {
			switch (type) {
				case STRING -> this.consumer.addBinary(binary(value.toString()));
				case CODE -> this.consumer.addBinary(code(value.toString()));
				case INTEGER -> this.consumer.addLong(((Number) value).longValue());
				case DECIMAL ->
					this.consumer.addLong(((BigDecimal) value).setScale(Table.DECIMAL_SCALE, RoundingMode.HALF_UP)
						.unscaledValue()
						.longValueExact());
				case NUMBER -> this.consumer.addDouble(((Number) value).doubleValue());
				case DATE -> this.consumer.addInteger(Math.toIntExact(((LocalDate) value).toEpochDay()));
				case TIMESTAMP -> this.consumer.addLong(ChronoUnit.MICROS.between(EPOCH, (LocalDateTime) value));
			}
		}

	}

}
