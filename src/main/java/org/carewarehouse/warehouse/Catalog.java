package org.carewarehouse.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The one class that talks to DuckDB. It builds a new catalog file of views beside the
 * current one and renames it into place, so that a reader never sees half a load and an
 * analyst holding the old file open is never blocked.
 */
public class Catalog {

	/** Model layers, built in this order; within a layer, files build in name order. */
	static final List<String> LAYERS = List.of("sql/staging", "sql/intermediate", "sql/marts", "sql/indicators",
			"sql/exports");

	/** Queries that must return no rows before a catalog is published. */
	static final String ASSERTIONS = "tests";

	/** Written with the oldest storage format DuckDB 1.x and 2.x clients can all open. */
	private static final String STORAGE_VERSION = "v1.0.0";

	private static final Log logger = LogFactory.getLog(Catalog.class);

	private final Path catalogFile;

	private final int suppressionThreshold;

	private final java.math.BigDecimal varianceTolerance;

	private final RunLayout layout;

	/**
	 * Creates a catalog publisher.
	 * @param properties the warehouse settings
	 */
	public Catalog(WarehouseProperties properties) {
		this.catalogFile = properties.catalog().toAbsolutePath().normalize();
		this.suppressionThreshold = properties.suppressionThreshold();
		this.varianceTolerance = properties.varianceTolerancePercent();
		this.layout = new RunLayout(properties);
	}

	/**
	 * The catalog file analysts open.
	 * @return the file
	 */
	public Path file() {
		return this.catalogFile;
	}

	/**
	 * Builds every model over a run's files and swaps the new catalog into place.
	 * @param locations values for the models' placeholders, e.g. {@code run} and
	 * {@code history}, as DuckDB paths; {@code suppression_threshold} and
	 * {@code variance_tolerance} are added from the settings
	 */
	public void publish(Map<String, String> locations) {
		Map<String, String> placeholders = new java.util.HashMap<>(locations);
		placeholders.put("suppression_threshold", String.valueOf(this.suppressionThreshold));
		placeholders.put("variance_tolerance", this.varianceTolerance.toPlainString());
		Path next = this.catalogFile.resolveSibling(this.catalogFile.getFileName() + ".next");
		try {
			Files.createDirectories(this.catalogFile.getParent());
			Files.deleteIfExists(next);
			build(next, placeholders);
			Files.move(next, this.catalogFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot publish the catalog " + this.catalogFile, ex);
		}
		logger.info("Published catalog " + this.catalogFile);
	}

	/**
	 * Runs one SELECT statement against the published catalog, in a sandbox: the catalog
	 * attached read-only, files readable only under the warehouse's {@code runs/} and
	 * {@code history/} folders (so not the pseudonymisation key or any other file),
	 * nothing writable, and the settings locked.
	 * @param sql the query
	 * @param out where to print the result, tab-separated with a header
	 * @return the number of rows
	 * @throws QueryRefusedException if the text is not exactly one SELECT statement
	 * @throws SQLException if the query fails, a file outside the warehouse's data
	 * included
	 */
	public long query(String sql, PrintStream out) throws SQLException {
		try (Connection connection = sandbox(); Statement statement = connection.createStatement()) {
			refuseAllButOneSelect(connection, sql);
			try (ResultSet rows = statement.executeQuery(sql)) {
				return print(rows, out);
			}
		}
	}

	private Connection sandbox() throws SQLException {
		Connection connection = DriverManager.getConnection("jdbc:duckdb:");
		try (Statement statement = connection.createStatement()) {
			statement.execute("ATTACH '" + literal(this.catalogFile.toString()) + "' AS care (READ_ONLY)");
			statement.execute("USE care");
			statement.execute("SET allowed_directories = ['" + literal(folder(this.layout.runs())) + "', '"
					+ literal(folder(this.layout.history())) + "']");
			statement.execute("SET enable_external_access = false");
			statement.execute("SET lock_configuration = true");
			return connection;
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
	}

	/**
	 * DuckDB's own parser decides: it serializes SELECT statements only, so COPY, EXPORT,
	 * SET, ATTACH, INSTALL and the rest are refused before anything runs.
	 */
	private static void refuseAllButOneSelect(Connection connection, String sql) throws SQLException {
		try (PreparedStatement parse = connection.prepareStatement("SELECT coalesce((j->>'error')::BOOLEAN, false), "
				+ "json_array_length(j->'statements') FROM (SELECT json_serialize_sql(?::VARCHAR) AS j)")) {
			parse.setString(1, sql);
			try (ResultSet parsed = parse.executeQuery()) {
				parsed.next();
				if (parsed.getBoolean(1) || parsed.getLong(2) != 1) {
					throw new QueryRefusedException("query runs exactly one SELECT statement; "
							+ "COPY, EXPORT, SET, ATTACH, INSTALL, PRAGMA and writes are refused");
				}
			}
		}
	}

	private static long print(ResultSet rows, PrintStream out) throws SQLException {
		int columns = rows.getMetaData().getColumnCount();
		List<String> header = new ArrayList<>();
		for (int i = 1; i <= columns; i++) {
			header.add(rows.getMetaData().getColumnLabel(i));
		}
		out.println(String.join("\t", header));
		long count = 0;
		while (rows.next()) {
			List<String> values = new ArrayList<>();
			for (int i = 1; i <= columns; i++) {
				values.add(String.valueOf(rows.getObject(i)));
			}
			out.println(String.join("\t", values));
			count++;
		}
		return count;
	}

	/**
	 * A trailing separator, so that {@code runs/} does not also allow {@code runs-old/}.
	 */
	private static String folder(org.apache.hadoop.fs.Path location) {
		String path = RunLayout.forDuckDb(location);
		return path.endsWith("/") ? path : path + "/";
	}

	/** A query that is not exactly one SELECT statement. */
	public static class QueryRefusedException extends SQLException {

		QueryRefusedException(String message) {
			super(message);
		}

	}

	private void build(Path file, Map<String, String> locations) {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement()) {
			statement.execute(
					"ATTACH '" + literal(file.toString()) + "' AS care (STORAGE_VERSION '" + STORAGE_VERSION + "')");
			statement.execute("USE care");
			for (String layer : LAYERS) {
				buildLayer(connection, resources(List.of(layer)), locations);
			}
			List<String> broken = new ArrayList<>();
			for (Resource assertion : resources(List.of(ASSERTIONS))) {
				check(statement, assertion).ifPresent(broken::add);
			}
			if (!broken.isEmpty()) {
				throw new IllegalStateException(String.join("; ", broken));
			}
			statement.execute("USE memory");
			statement.execute("DETACH care");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot build the catalog: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Builds a layer's models in name order; a model that refers to one built later in
	 * the same layer fails, and is tried again once the others are built, until a round
	 * builds nothing more.
	 */
	private void buildLayer(Connection connection, List<Resource> models, Map<String, String> locations)
			throws SQLException {
		List<Resource> pending = new ArrayList<>(models);
		while (!pending.isEmpty()) {
			List<Resource> failed = new ArrayList<>();
			SQLException last = null;
			for (Resource model : pending) {
				try (Statement statement = connection.createStatement()) {
					execute(statement, model, locations);
				}
				catch (SQLException ex) {
					failed.add(model);
					last = ex;
				}
			}
			if (failed.size() == pending.size()) {
				throw last;
			}
			pending = failed;
		}
	}

	private void execute(Statement statement, Resource model, Map<String, String> locations) throws SQLException {
		String sql = text(model);
		for (Map.Entry<String, String> location : locations.entrySet()) {
			sql = sql.replace("{{" + location.getKey() + "}}", literal(location.getValue()));
		}
		long started = System.nanoTime();
		try {
			statement.execute(sql);
			if (logger.isDebugEnabled()) {
				logger
					.debug("Built " + model.getFilename() + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
			}
		}
		catch (SQLException ex) {
			throw new SQLException("Model " + model.getFilename() + " failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Runs an assertion query against the new catalog: a row it returns is a broken
	 * invariant, and the catalog is not published. Every assertion runs, so the failure
	 * names each one broken.
	 */
	private java.util.Optional<String> check(Statement statement, Resource assertion) throws SQLException {
		String sql = text(assertion).strip().replaceAll(";$", "");
		try (ResultSet rows = statement
			.executeQuery("SELECT count(*), any_value(broken::VARCHAR) FROM (" + sql + ") AS broken")) {
			rows.next();
			if (rows.getLong(1) > 0) {
				return java.util.Optional.of("Assertion " + assertion.getFilename() + " found " + rows.getLong(1)
						+ " broken row(s), e.g. " + rows.getString(2));
			}
			return java.util.Optional.empty();
		}
		catch (SQLException ex) {
			throw new SQLException("Assertion " + assertion.getFilename() + " failed: " + ex.getMessage(), ex);
		}
	}

	static List<Resource> resources(List<String> folders) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		return folders.stream().flatMap((folder) -> {
			try {
				return Arrays.stream(resolver.getResources("classpath*:warehouse/" + folder + "/*.sql"))
					.sorted(Comparator.comparing(Resource::getFilename));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).toList();
	}

	private static String text(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource.getFilename(), ex);
		}
	}

	/** Paths go into SQL string literals, where a quote is doubled. */
	private static String literal(String value) {
		return value.replace("'", "''");
	}

}
