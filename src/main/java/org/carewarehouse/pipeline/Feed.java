package org.carewarehouse.pipeline;

import java.util.List;

/**
 * What one feed declares: the contract its extracts meet, the table it loads and the
 * rules of its own it applies. The nightly job, the publication and the data dictionary
 * all read these declarations, so they cannot drift apart.
 *
 * @param <T> the record type
 * @param contract the data contract
 * @param table the warehouse table
 * @param rules the feed's domain rules, beyond the contract's
 */
public record Feed<T>(Contract contract, Table<T> table, List<Rule> rules) {

}
