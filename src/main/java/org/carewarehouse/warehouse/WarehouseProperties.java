package org.carewarehouse.warehouse;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.carewarehouse.pipeline.Setting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the warehouse lives.
 *
 * @param root the warehouse root: a local folder or any Hadoop file system URI
 * ({@code file:}, {@code hdfs:}, {@code s3a:}); DuckDB reads a {@link LocalMirror} of a
 * root on any scheme but {@code file:} and {@code s3a:}
 * @param catalog the DuckDB catalog file analysts open; always a local file
 * @param retentionDays how long a night's published tables are kept as a snapshot
 * @param suppressionThreshold published indicators show a count from 1 to this as [c]
 * @param varianceTolerancePercent budget monitoring flags a line whose forecast exceeds
 * its budget by more than this percentage
 * @param duckdbMemoryLimit the most memory each DuckDB connection of the catalog may hold
 * (DuckDB's {@code memory_limit}, e.g. {@code 2GB}); beyond it DuckDB spills to a
 * temporary folder beside the catalog
 * @param duckdbThreads the threads each DuckDB connection may use; 0 for one a core
 */
@ConfigurationProperties("care.warehouse")
public record WarehouseProperties(@DefaultValue("warehouse/data") String root,
		@DefaultValue("warehouse/data/care.duckdb") Path catalog, @DefaultValue("400") int retentionDays,
		@DefaultValue("4") int suppressionThreshold, @DefaultValue("2.0") BigDecimal varianceTolerancePercent,
		@DefaultValue("2GB") String duckdbMemoryLimit, @DefaultValue("0") int duckdbThreads) {

	/** An amount of memory as DuckDB reads one: 2GB, 512MB, 1.5 GiB, 50%. */
	private static final Pattern MEMORY = Pattern.compile("\\d+(\\.\\d+)?\\s*(%|[KMGT]i?B|[KMGT]|B)",
			Pattern.CASE_INSENSITIVE);

	/** The characters DuckDB reads as a pattern in a path it reads files from. */
	private static final Pattern GLOB = Pattern.compile("[*?\\[]");

	/** A URI's scheme, as in {@code hdfs://}, {@code s3a://} or {@code file:}. */
	private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:");

	/**
	 * Refuses values the warehouse cannot run with: a threshold of 0 would publish every
	 * small count, DuckDB reads a negative memory limit as none, and a path holding
	 * {@code *}, {@code ?} or {@code [} as a pattern (no file is found under
	 * {@code data[1]}, and files of other folders are under {@code data*}).
	 */
	public WarehouseProperties {
		notAPattern("care.warehouse.root", located(root));
		notAPattern("care.warehouse.catalog", catalog.toAbsolutePath().toString());
		Setting.atLeast("care.warehouse.retention-days", retentionDays, 0);
		Setting.atLeast("care.warehouse.suppression-threshold", suppressionThreshold, 1);
		Setting.require(varianceTolerancePercent.signum() >= 0, "care.warehouse.variance-tolerance-percent",
				varianceTolerancePercent.toPlainString(), "0 or more");
		Setting.require(MEMORY.matcher(duckdbMemoryLimit.strip()).matches(), "care.warehouse.duckdb-memory-limit",
				duckdbMemoryLimit, "an amount such as 2GB, 512MB or 50%");
		Setting.atLeast("care.warehouse.duckdb-threads", duckdbThreads, 0);
	}

	private static void notAPattern(String setting, String path) {
		Setting.require(!GLOB.matcher(path).find(), setting, path,
				"a path without *, ? or [, which DuckDB reads as a pattern");
	}

	/**
	 * The root as DuckDB will read it: a relative folder lies in the working directory.
	 */
	private static String located(String root) {
		return SCHEME.matcher(root).lookingAt() ? root : Path.of(root).toAbsolutePath().toString();
	}

}
