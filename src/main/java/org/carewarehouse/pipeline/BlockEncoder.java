package org.carewarehouse.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Checks a block and encodes its valid rows as Parquet in memory, one file per partition:
 * the work that costs most, done on the step's worker threads so that a single large file
 * uses every core.
 *
 * @param <T> the typed record
 */
public class BlockEncoder<T> implements ItemProcessor<RowBlock, EncodedBlock> {

	private final Function<RowBlock, CheckedBlock<T>> checker;

	private final Table<T> table;

	private final ParquetTableWriter parquet;

	/**
	 * Creates an encoder.
	 * @param checker validates and maps the block's rows ({@link BlockProcessor})
	 * @param table the table the rows belong to
	 * @param parquet the Parquet writer
	 */
	public BlockEncoder(Function<RowBlock, CheckedBlock<T>> checker, Table<T> table, ParquetTableWriter parquet) {
		this.checker = checker;
		this.table = table;
		this.parquet = parquet;
	}

	@Override
	public EncodedBlock process(RowBlock block) {
		return encode(this.checker.apply(block));
	}

	/**
	 * Encodes a checked block's rows by partition.
	 * @param block the checked block
	 * @return the block with its rows encoded
	 */
	public EncodedBlock encode(CheckedBlock<T> block) {
		Map<String, List<T>> byPartition = new TreeMap<>();
		// the rows of a real extract share one council and year: a row whose partition
		// is the last row's joins it without building its path
		@Nullable List<Object> lastPartition = null;
		@Nullable List<T> lastRows = null;
		for (T row : block.rows()) {
			List<Object> partition = this.table.partitionValues(row);
			if (!partition.equals(lastPartition)) {
				lastRows = byPartition.computeIfAbsent(this.table.partitionPath(partition), (p) -> new ArrayList<>());
				lastPartition = partition;
			}
			lastRows.add(row);
		}
		Map<String, ParquetTableWriter.Encoded> parts = new TreeMap<>();
		byPartition.forEach((partition, rows) -> parts.put(partition, this.parquet.encode(this.table, rows)));
		return new EncodedBlock(parts, block.rejects(), block.rejectedRows(), block.totals());
	}

}
