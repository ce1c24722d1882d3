package org.carewarehouse.pipeline;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What one feed declares: the contract its extracts meet, the table it loads, the rules
 * of its own it applies and how its rows become records. The nightly job, the publication
 * and the data dictionary all read these declarations, so they cannot drift apart. A
 * feed's package declares it once, as a bean; the job builds the feed's load step from it
 * ({@link FeedSteps#load}).
 *
 * @param <T> the record type
 * @param contract the data contract
 * @param table the warehouse table as stored: the record's columns and the lineage
 * columns the pipeline stamps ({@link Table#sourced()})
 * @param rules the feed's domain rules, beyond the contract's
 * @param mappers makes the row mapper for a file, from the file's name; a
 * {@link FileRejectedException} from it (a name that breaks the feed's convention)
 * refuses the file
 */
public record Feed<T>(Contract contract, Table<Sourced<T>> table, List<Rule> rules,
		Function<String, RowMapper<T>> mappers) {

	/**
	 * Declares a feed whose rows map the same whatever the file's name.
	 * @param <T> the record type
	 * @param contract the data contract
	 * @param table the record's own columns; the pipeline adds {@code source_file} and
	 * {@code source_line}
	 * @param rules the feed's domain rules, beyond the contract's
	 * @param mapper makes the row mapper, once for each file
	 * @return the feed
	 */
	public static <T> Feed<T> of(Contract contract, Table<T> table, List<Rule> rules, Supplier<RowMapper<T>> mapper) {
		return new Feed<>(contract, table.sourced(), rules, (fileName) -> mapper.get());
	}

	/**
	 * Declares a feed whose file names say something its rows do not (the council, the
	 * year).
	 * @param <T> the record type
	 * @param contract the data contract
	 * @param table the record's own columns; the pipeline adds {@code source_file} and
	 * {@code source_line}
	 * @param rules the feed's domain rules, beyond the contract's
	 * @param mappers makes the row mapper for a file from its name
	 * @return the feed
	 */
	public static <T> Feed<T> byFileName(Contract contract, Table<T> table, List<Rule> rules,
			Function<String, RowMapper<T>> mappers) {
		return new Feed<>(contract, table.sourced(), rules, mappers);
	}

	/**
	 * The feed's one name: its table's, in camel case ({@code cost_centres} is
	 * {@code costCentres}), as the job's steps, the run summary and the job repository
	 * spell it.
	 * @return the name
	 */
	public String name() {
		StringBuilder name = new StringBuilder();
		boolean upper = false;
		for (char c : this.table.name().toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return name.toString();
	}

}
