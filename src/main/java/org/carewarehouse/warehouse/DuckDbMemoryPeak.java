package org.carewarehouse.warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.duckdb.DuckDBConnection;

/**
 * The most memory a DuckDB database held while work ran on it. DuckDB keeps no peak of
 * its own, so a second connection to the same database reads {@code duckdb_memory()}
 * every 50 ms until closed; a rise and fall shorter than that can be missed. Temporary
 * files spilled to disk are not memory and are not counted.
 */
public final class DuckDbMemoryPeak implements AutoCloseable {

	private static final long INTERVAL_MS = 50;

	private final Connection probe;

	private final ScheduledExecutorService sampler;

	private final AtomicLong peak = new AtomicLong();

	/**
	 * Starts sampling the database {@code connection} is open on.
	 * @param connection a DuckDB connection
	 * @throws SQLException if a second connection cannot be opened
	 */
	public DuckDbMemoryPeak(Connection connection) throws SQLException {
		this.probe = connection.unwrap(DuckDBConnection.class).duplicate();
		this.sampler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "duckdb-memory");
			thread.setDaemon(true);
			return thread;
		});
		this.sampler.scheduleWithFixedDelay(this::sample, 0, INTERVAL_MS, TimeUnit.MILLISECONDS);
	}

	/** The peak so far, in bytes. */
	public long bytes() {
		return this.peak.get();
	}

	private void sample() {
		try (Statement statement = this.probe.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT coalesce(sum(memory_usage_bytes), 0)::BIGINT FROM duckdb_memory()")) {
			rows.next();
			this.peak.accumulateAndGet(rows.getLong(1), Math::max);
		}
		catch (SQLException ex) {
			// the database is closing: the peak so far stands
		}
	}

	@Override
	public void close() throws SQLException {
		this.sampler.shutdown();
		try {
			this.sampler.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		sample();
		this.probe.close();
	}

}
