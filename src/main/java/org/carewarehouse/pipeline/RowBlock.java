package org.carewarehouse.pipeline;

import java.util.List;
import java.util.Map;

/**
 * A block of consecutive rows from one file: the unit a step reads, processes and writes,
 * so that the framework's per-item cost is paid per block rather than per row.
 *
 * @param sourceFile the file's name
 * @param rows the rows
 * @param repeats for each row (by its place in {@code rows}) that repeats an earlier
 * row's unique key ({@link Contract#unique}), the line of the first row with that key;
 * decided as the file is read, in its order, so that checking blocks in parallel cannot
 * change which row is first
 */
public record RowBlock(String sourceFile, List<RawRow> rows, Map<Integer, Long> repeats) {

	/**
	 * A block in which no row repeats another's key.
	 * @param sourceFile the file's name
	 * @param rows the rows
	 */
	public RowBlock(String sourceFile, List<RawRow> rows) {
		this(sourceFile, rows, Map.of());
	}

}
