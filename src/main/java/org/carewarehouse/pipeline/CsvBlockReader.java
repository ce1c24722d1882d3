package org.carewarehouse.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one file as blocks of rows, marking each row that repeats an earlier row's unique
 * key ({@link RepeatedKeys}); on restart it skips the rows already committed. A problem
 * with the file as a whole (damaged, cut short, not parseable as CSV) ends the reading
 * and is kept for {@link FileVerdict} to refuse the file once its step ends: the file is
 * read once, not checked from end to end first and then read again.
 */
public class CsvBlockReader implements ItemStreamReader<RowBlock> {

	static final String ROWS_READ = "rows.read";

	static final String TOTAL_COLUMN = "total.column";

	static final String TOTAL_READ = "total.read";

	private final Path file;

	private final Contract contract;

	private final int blockRows;

	private final ControlColumn control;

	private final @Nullable ContractValidator keys;

	private @Nullable RepeatedKeys repeated;

	private @Nullable CsvSource source;

	private long rowsRead;

	private BigDecimal totalRead = BigDecimal.ZERO;

	private @Nullable FileRejectedException problem;

	/**
	 * Creates a reader.
	 * @param file the file
	 * @param contract the contract the file must meet
	 * @param blockRows rows per block
	 */
	public CsvBlockReader(Path file, Contract contract, int blockRows) {
		this(file, contract, blockRows, null);
	}

	/**
	 * Creates a reader that marks the rows repeating an earlier row's unique key, where
	 * the contract declares one.
	 * @param file the file
	 * @param contract the contract the file must meet
	 * @param blockRows rows per block
	 * @param keys the validator that types the key's values as they load, or {@code null}
	 * to mark none
	 */
	public CsvBlockReader(Path file, Contract contract, int blockRows, @Nullable ContractValidator keys) {
		this.file = file;
		this.contract = contract;
		this.blockRows = blockRows;
		this.control = new ControlColumn(contract);
		this.keys = (contract.unique().isEmpty()) ? null : keys;
	}

	@Override
	public void open(ExecutionContext context) {
		this.source = CsvSource.open(this.file, this.contract);
		this.repeated = (this.keys != null) ? new RepeatedKeys(this.keys) : null;
		long committed = context.getLong(ROWS_READ, 0);
		// the skipped rows' values were summed by the attempt that committed them
		this.totalRead = new BigDecimal(context.getString(TOTAL_READ, "0"));
		while (this.rowsRead < committed && this.source.hasNext()) {
			// their keys were not: a committed row stays the first with its key
			RawRow row = this.source.next();
			if (this.repeated != null) {
				this.repeated.earlier(row);
			}
			this.rowsRead++;
		}
	}

	@Override
	public @Nullable RowBlock read() {
		List<RawRow> rows = new ArrayList<>(this.blockRows);
		Map<Integer, Long> repeats = new HashMap<>();
		try {
			while (this.problem == null && rows.size() < this.blockRows && this.source.hasNext()) {
				RawRow row = this.source.next();
				Long earlier = (this.repeated != null) ? this.repeated.earlier(row) : null;
				if (earlier != null) {
					repeats.put(rows.size(), earlier);
				}
				rows.add(row);
				addToTotal(row);
			}
		}
		catch (FileRejectedException ex) {
			// the rows before it are read and counted; the file is refused once its step
			// ends, and nothing from it loads
			this.problem = ex;
		}
		this.rowsRead += rows.size();
		return rows.isEmpty() ? null : new RowBlock(this.file.getFileName().toString(), rows, repeats);
	}

	/**
	 * Why the file cannot be read to its end.
	 * @return the problem, or {@code null} if every row was read
	 */
	@Nullable FileRejectedException problem() {
		return this.problem;
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(ROWS_READ, this.rowsRead);
		if (this.control.declared()) {
			context.putString(TOTAL_COLUMN, this.control.name());
			// a string keeps the sum exact whatever serializer the job repository uses
			context.putString(TOTAL_READ, this.totalRead.toPlainString());
		}
	}

	private void addToTotal(RawRow row) {
		if (this.control.declared()) {
			BigDecimal value = this.control.value(row);
			if (value != null) {
				this.totalRead = this.totalRead.add(value);
			}
		}
	}

	@Override
	public void close() {
		// the file's keys are done with once it is read
		this.repeated = null;
		try {
			if (this.source != null) {
				this.source.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
