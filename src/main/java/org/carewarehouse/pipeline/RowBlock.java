package org.carewarehouse.pipeline;

import java.util.List;

/**
 * A block of consecutive rows from one file: the unit a step reads, processes and writes,
 * so that the framework's per-item cost is paid per block rather than per row.
 *
 * @param sourceFile the file's name
 * @param rows the rows
 */
public record RowBlock(String sourceFile, List<RawRow> rows) {

}
