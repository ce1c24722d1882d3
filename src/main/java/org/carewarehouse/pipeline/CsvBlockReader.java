package org.carewarehouse.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one file as blocks of rows; on restart it skips the rows already committed.
 */
public class CsvBlockReader implements ItemStreamReader<RowBlock> {

	static final String ROWS_READ = "rows.read";

	private final Path file;

	private final Contract contract;

	private final int blockRows;

	private @Nullable CsvSource source;

	private long rowsRead;

	/**
	 * Creates a reader.
	 * @param file the file
	 * @param contract the contract the file must meet
	 * @param blockRows rows per block
	 */
	public CsvBlockReader(Path file, Contract contract, int blockRows) {
		this.file = file;
		this.contract = contract;
		this.blockRows = blockRows;
	}

	@Override
	public void open(ExecutionContext context) {
		this.source = CsvSource.open(this.file, this.contract);
		long committed = context.getLong(ROWS_READ, 0);
		while (this.rowsRead < committed && this.source.hasNext()) {
			this.source.next();
			this.rowsRead++;
		}
	}

	@Override
	public @Nullable RowBlock read() {
		List<RawRow> rows = new ArrayList<>(this.blockRows);
		while (rows.size() < this.blockRows && this.source.hasNext()) {
			rows.add(this.source.next());
		}
		this.rowsRead += rows.size();
		return rows.isEmpty() ? null : new RowBlock(this.file.getFileName().toString(), rows);
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(ROWS_READ, this.rowsRead);
	}

	@Override
	public void close() {
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
