package org.carewarehouse.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The first line of each unique key ({@link Contract#unique}) met in one file, the rows
 * offered in the file's order: the reader's thread decides which row is first, before the
 * blocks are checked in parallel, and a restarted step offers the rows it skips too, so
 * every attempt rejects the same rows. It holds every distinct key of the file, so a
 * contract declares one only for extracts of reference size.
 */
final class RepeatedKeys {

	private final ContractValidator validator;

	private final Map<List<Object>, Long> firstLines = new HashMap<>();

	RepeatedKeys(ContractValidator validator) {
		this.validator = validator;
	}

	/**
	 * Records the row's key, if it is the first with it.
	 * @param row the file's next row
	 * @return the line of the earlier row with the same key, or {@code null} if there is
	 * none or the row's key cannot be compared
	 */
	@Nullable Long earlier(RawRow row) {
		List<Object> key = this.validator.uniqueKey(row);
		return (key != null) ? this.firstLines.putIfAbsent(key, row.line()) : null;
	}

}
