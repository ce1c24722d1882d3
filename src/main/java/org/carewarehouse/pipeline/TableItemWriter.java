package org.carewarehouse.pipeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.hadoop.fs.Path;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes each chunk's valid rows and rejects as Parquet part files named after the source
 * file and the chunk number, so that a restarted chunk overwrites exactly what its failed
 * attempt wrote and nothing is written twice. The rows come encoded
 * ({@link BlockEncoder}): a chunk's blocks of one partition are copied into its file as
 * row groups.
 *
 * @param <T> the record type
 */
public class TableItemWriter<T> implements ItemStreamWriter<EncodedBlock> {

	static final String ROWS_LOADED = "rows.loaded";

	static final String ROWS_REJECTED = "rows.rejected";

	static final String TOTAL_LOADED = "total.loaded";

	static final String TOTAL_REJECTED = "total.rejected";

	static final String TOTAL_REJECTED_UNPARSED = "total.rejected.unparsed";

	private static final String CHUNKS = "chunks.written";

	private final ParquetTableWriter parquet;

	private final Table<T> table;

	private final Path runRoot;

	private final String partName;

	private long chunks;

	private long loaded;

	private long rejected;

	private CheckedBlock.@Nullable Totals totals;

	/**
	 * Creates a writer.
	 * @param parquet the Parquet writer
	 * @param table the table the rows belong to
	 * @param runRoot the run's folder, holding one folder per table
	 * @param partName a name unique to the source file, used in part file names
	 */
	public TableItemWriter(ParquetTableWriter parquet, Table<T> table, Path runRoot, String partName) {
		this.parquet = parquet;
		this.table = table;
		this.runRoot = runRoot;
		this.partName = partName(partName);
	}

	/**
	 * The stem of a source file's part file names.
	 * @param fileName the source file's name
	 * @return the stem: the name without its endings, made safe for a file name
	 */
	static String partName(String fileName) {
		return fileName.replaceFirst("(\\.[A-Za-z]+)+$", "").replaceAll("[^A-Za-z0-9._-]", "_");
	}

	@Override
	public void open(ExecutionContext context) {
		this.chunks = context.getLong(CHUNKS, 0);
		this.loaded = context.getLong(ROWS_LOADED, 0);
		this.rejected = context.getLong(ROWS_REJECTED, 0);
		this.totals = context.containsKey(TOTAL_LOADED)
				? new CheckedBlock.Totals(new BigDecimal(context.getString(TOTAL_LOADED)),
						new BigDecimal(context.getString(TOTAL_REJECTED)), context.getLong(TOTAL_REJECTED_UNPARSED))
				: null;
	}

	@Override
	public void write(Chunk<? extends EncodedBlock> chunk) {
		Map<String, List<ParquetTableWriter.Encoded>> parts = new TreeMap<>();
		List<Reject> rejects = new ArrayList<>();
		int rejectedRows = 0;
		CheckedBlock.Totals chunkTotals = null;
		for (EncodedBlock block : chunk) {
			block.parts()
				.forEach((partition, part) -> parts.computeIfAbsent(partition, (p) -> new ArrayList<>()).add(part));
			rejects.addAll(block.rejects());
			rejectedRows += block.rejectedRows();
			if (block.totals() != null) {
				chunkTotals = (chunkTotals != null) ? chunkTotals.plus(block.totals()) : block.totals();
			}
		}
		String fileName = String.format(Locale.ROOT, "%s-%05d.parquet", this.partName, this.chunks + 1);
		long written = 0;
		for (Map.Entry<String, List<ParquetTableWriter.Encoded>> partition : parts.entrySet()) {
			written += this.parquet.writeEncoded(this.table, file(this.table, partition.getKey(), fileName),
					partition.getValue());
		}
		writePartitioned(RejectTable.TABLE, rejects, fileName);
		this.chunks++;
		this.loaded += written;
		this.rejected += rejectedRows;
		if (chunkTotals != null) {
			this.totals = (this.totals != null) ? this.totals.plus(chunkTotals) : chunkTotals;
		}
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(CHUNKS, this.chunks);
		context.putLong(ROWS_LOADED, this.loaded);
		context.putLong(ROWS_REJECTED, this.rejected);
		if (this.totals != null) {
			context.putString(TOTAL_LOADED, this.totals.loaded().toPlainString());
			context.putString(TOTAL_REJECTED, this.totals.rejected().toPlainString());
			context.putLong(TOTAL_REJECTED_UNPARSED, this.totals.rejectedUnparsed());
		}
	}

	private <R> long writePartitioned(Table<R> target, List<R> records, String fileName) {
		Map<String, List<R>> byPartition = new TreeMap<>();
		for (R record : records) {
			byPartition.computeIfAbsent(target.partitionPath(record), (p) -> new ArrayList<>()).add(record);
		}
		long written = 0;
		for (Map.Entry<String, List<R>> partition : byPartition.entrySet()) {
			written += this.parquet.write(target, file(target, partition.getKey(), fileName), partition.getValue());
		}
		return written;
	}

	private Path file(Table<?> target, String partition, String fileName) {
		return new Path(new Path(new Path(this.runRoot, target.name()), partition), fileName);
	}

}
