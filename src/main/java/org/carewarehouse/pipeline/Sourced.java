package org.carewarehouse.pipeline;

/**
 * A feed's record with the extract and line it was read from: the pipeline stamps these
 * on every row it loads, as the {@code source_file} and {@code source_line} columns of
 * every feed's table, so that a feed's record and mapper say nothing of them.
 *
 * @param <T> the feed's record type
 * @param record the record
 * @param sourceFile the extract's file name
 * @param sourceLine the line of the extract (the header is line 1)
 */
public record Sourced<T>(T record, String sourceFile, long sourceLine) {

}
