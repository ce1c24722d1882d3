package org.carewarehouse.pipeline;

import org.jspecify.annotations.Nullable;

/**
 * One row as received: its line number and its fields in contract column order.
 *
 * @param line the line the row starts on (the header is line 1)
 * @param values the trimmed fields in contract column order; {@code null} where blank or
 * where the file has no such column
 * @param fieldCount how many fields the row had in the file
 * @param headerCount how many fields the header had
 */
public record RawRow(long line, @Nullable String[] values, int fieldCount, int headerCount) {

}
