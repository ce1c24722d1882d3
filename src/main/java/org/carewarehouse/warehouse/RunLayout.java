package org.carewarehouse.warehouse;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Where a run's files go under the warehouse root: {@code runs/<as-of>/run-<instance>/
 *
<table>
/...} for tables and {@code history/load_runs/} for run history; and where DuckDB reads
 * them.
 */
public final class RunLayout {

	private final URI root;

	private final Path mirror;

	/**
	 * Creates a layout.
	 * @param properties the warehouse settings
	 */
	public RunLayout(WarehouseProperties properties) {
		this.root = rootUri(properties.root());
		this.mirror = properties.catalog().toAbsolutePath().normalize().resolveSibling("mirror");
	}

	/**
	 * The warehouse root as a URI.
	 * @return the root
	 */
	public URI root() {
		return this.root;
	}

	/**
	 * The folder holding every run of every business date.
	 * @return the folder
	 */
	public org.apache.hadoop.fs.Path runs() {
		return new org.apache.hadoop.fs.Path(new org.apache.hadoop.fs.Path(this.root), "runs");
	}

	/**
	 * The folder holding every run for a business date.
	 * @param asOf the business date
	 * @return the folder
	 */
	public org.apache.hadoop.fs.Path runsFor(LocalDate asOf) {
		return new org.apache.hadoop.fs.Path(runs(), asOf.toString());
	}

	/**
	 * The folder of one run: one job instance, kept across its restarts.
	 * @param asOf the business date
	 * @param instanceId the job instance
	 * @return the folder
	 */
	public org.apache.hadoop.fs.Path run(LocalDate asOf, long instanceId) {
		return new org.apache.hadoop.fs.Path(runsFor(asOf), "run-" + instanceId);
	}

	/**
	 * The published run's files under a name that stays the same from night to night, for
	 * BI tools to point at once.
	 * @return the folder
	 */
	public org.apache.hadoop.fs.Path current() {
		return new org.apache.hadoop.fs.Path(new org.apache.hadoop.fs.Path(this.root), "current");
	}

	/**
	 * The folder of run history files.
	 * @return the folder
	 */
	public org.apache.hadoop.fs.Path history() {
		return new org.apache.hadoop.fs.Path(new org.apache.hadoop.fs.Path(this.root), "history/load_runs");
	}

	/**
	 * Whether DuckDB reads a local copy of the runs it needs rather than the root itself:
	 * it reads local files and S3, but not {@code hdfs:} or any other Hadoop scheme.
	 * @return true when the root is neither {@code file:} nor {@code s3a:}
	 */
	public boolean mirrored() {
		return !"file".equals(this.root.getScheme()) && !"s3a".equals(this.root.getScheme());
	}

	/**
	 * Where a location under the root is copied for DuckDB when the root is
	 * {@link #mirrored()}: the same path under {@code mirror/} beside the catalog.
	 * @param location a location under the root
	 * @return the local folder or file
	 */
	public Path mirrorOf(org.apache.hadoop.fs.Path location) {
		String base = new org.apache.hadoop.fs.Path(this.root).toUri().getPath();
		String path = location.toUri().getPath();
		String prefix = base.endsWith("/") ? base : base + "/";
		if (!path.equals(base) && !path.startsWith(prefix)) {
			throw new IllegalArgumentException(location + " is not under the warehouse root " + this.root);
		}
		String relative = path.equals(base) ? "" : path.substring(prefix.length());
		return relative.isEmpty() ? this.mirror : this.mirror.resolve(relative);
	}

	/**
	 * How DuckDB names a warehouse location: a local path for {@code file:},
	 * {@code s3://} for {@code s3a://}, and the local mirror's copy for any other scheme.
	 * @param location a location under the root
	 * @return the path DuckDB reads
	 */
	public String forDuckDb(org.apache.hadoop.fs.Path location) {
		if (mirrored()) {
			return mirrorOf(location).toString();
		}
		URI uri = location.toUri();
		if (uri.getScheme() == null || "file".equals(uri.getScheme())) {
			return Path.of(uri.getPath()).toString();
		}
		return "s3a".equals(uri.getScheme()) ? "s3" + uri.toString().substring(3) : uri.toString();
	}

	static URI rootUri(String root) {
		if (root.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !root.matches("^[a-zA-Z]:\\\\.*")) {
			return URI.create(root);
		}
		return Path.of(root).toAbsolutePath().normalize().toUri();
	}

}
