package org.carewarehouse.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens the catalog's DuckDB connections inside a stated memory budget. Without a limit
 * DuckDB takes up to 80% of the machine's memory outside the JVM's heap, so a large
 * publish could take far more than the -Xmx a deployment was sized for; with one, DuckDB
 * spills what does not fit to a temporary folder beside the catalog. DuckDB's external
 * file cache is off: it keeps the blocks of the Parquet files a query read inside that
 * limit, and at scale 16 under 512MB the blocks the publish's earlier models had read
 * left {@code person_details} unable to allocate, where it builds in 12 s without them. A
 * second read of a local file (or of an {@code hdfs:} root's local mirror) comes from the
 * operating system's page cache; on {@code s3a:} it goes back to the bucket.
 *
 * @param memoryLimit DuckDB's {@code memory_limit}, e.g. {@code 2GB}
 * @param threads DuckDB's {@code threads}
 * @param temporaryFolder DuckDB's {@code temp_directory}
 */
record DuckDbConnections(String memoryLimit, int threads, Path temporaryFolder) {

	/**
	 * The settings of a warehouse: its DuckDB limits, and a temporary folder beside the
	 * catalog (always local, unlike the warehouse root).
	 * @param properties the warehouse settings
	 * @return the settings
	 */
	static DuckDbConnections of(WarehouseProperties properties) {
		int threads = (properties.duckdbThreads() > 0) ? properties.duckdbThreads()
				: Runtime.getRuntime().availableProcessors();
		Path catalog = properties.catalog().toAbsolutePath().normalize();
		return new DuckDbConnections(properties.duckdbMemoryLimit(), threads, catalog.resolveSibling("duckdb-temp"));
	}

	/**
	 * Opens a connection with the limits set.
	 * @param url the JDBC URL, {@code jdbc:duckdb:} for an in-memory database
	 * @param readOnly whether the database file is opened read-only
	 * @return the connection
	 * @throws SQLException if DuckDB refuses the connection or a setting
	 */
	Connection open(String url, boolean readOnly) throws SQLException {
		return DriverManager.getConnection(url, settings(readOnly));
	}

	/**
	 * Opens a connection whose results stream to the reader a chunk at a time. DuckDB's
	 * driver otherwise holds a whole result in native memory, outside the memory limit,
	 * before the first row is read: {@code SELECT * FROM services} at the sample's scale
	 * 16 took the process to 1.9 GB resident, against 0.3 GB streamed. A streaming
	 * connection reads one result at a time.
	 * @param url the JDBC URL, {@code jdbc:duckdb:} for an in-memory database
	 * @return the connection
	 * @throws SQLException if DuckDB refuses the connection or a setting
	 */
	Connection openStreaming(String url) throws SQLException {
		Properties settings = settings(false);
		settings.setProperty("jdbc_stream_results", "true");
		return DriverManager.getConnection(url, settings);
	}

	private Properties settings(boolean readOnly) {
		Properties settings = new Properties();
		if (readOnly) {
			settings.setProperty("duckdb.read_only", "true");
		}
		settings.setProperty("memory_limit", this.memoryLimit);
		settings.setProperty("threads", String.valueOf(this.threads));
		settings.setProperty("temp_directory", this.temporaryFolder.toString());
		settings.setProperty("enable_external_file_cache", "false");
		return settings;
	}

}
