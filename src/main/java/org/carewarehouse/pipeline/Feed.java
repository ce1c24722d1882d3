package org.carewarehouse.pipeline;

import java.util.List;

/**
 * What one feed declares: the contract its extracts meet, the table it loads and the
 * rules of its own it applies. The nightly job, the publication and the data dictionary
 * all read these declarations, so they cannot drift apart.
 *
 * @param <T> the record type
 * @param contract the data contract
 * @param table the warehouse table as stored: the record's columns and the lineage
 * columns the pipeline stamps ({@link Table#sourced()})
 * @param rules the feed's domain rules, beyond the contract's
 */
public record Feed<T>(Contract contract, Table<Sourced<T>> table, List<Rule> rules) {

	/**
	 * Declares a feed.
	 * @param <T> the record type
	 * @param contract the data contract
	 * @param table the record's own columns; the pipeline adds {@code source_file} and
	 * {@code source_line}
	 * @param rules the feed's domain rules, beyond the contract's
	 * @return the feed
	 */
	public static <T> Feed<T> of(Contract contract, Table<T> table, List<Rule> rules) {
		return new Feed<>(contract, table.sourced(), rules);
	}

}
