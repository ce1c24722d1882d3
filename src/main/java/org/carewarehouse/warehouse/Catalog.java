package org.carewarehouse.warehouse;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.carewarehouse.RefusedException;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The one class that talks to DuckDB. It builds a new catalog file of views beside the
 * current one and renames it into place, so that a reader never sees half a load and an
 * analyst holding the old file open is never blocked.
 */
public class Catalog {

	/**
	 * Model layers: a model may read models of its own layer or earlier ones, and builds
	 * after every model it reads (see {@link ModelOrder}). The last, {@code published},
	 * builds the schema of the same name that {@code export} copies out of the council.
	 */
	static final List<String> LAYERS = List.of("sql/staging", "sql/intermediate", "sql/marts", "sql/indicators",
			"sql/exports", "sql/published");

	/** Queries that must return no rows before a catalog is published. */
	static final String ASSERTIONS = "tests";

	/** Written with the oldest storage format DuckDB 1.x and 2.x clients can all open. */
	private static final String STORAGE_VERSION = "v1.0.0";

	private static final Log logger = LogFactory.getLog(Catalog.class);

	private final Path catalogFile;

	private final int suppressionThreshold;

	private final java.math.BigDecimal varianceTolerance;

	private final IndicatorWindows windows;

	private final RunLayout layout;

	private final DuckDbConnections connections;

	private volatile long buildMemoryPeak = -1;

	/**
	 * Creates a catalog publisher with the national indicator windows.
	 * @param properties the warehouse settings
	 */
	public Catalog(WarehouseProperties properties) {
		this(properties, IndicatorWindows.NATIONAL);
	}

	/**
	 * Creates a catalog publisher.
	 * @param properties the warehouse settings
	 * @param windows the indicator windows
	 */
	public Catalog(WarehouseProperties properties, IndicatorWindows windows) {
		this.catalogFile = properties.catalog().toAbsolutePath().normalize();
		this.suppressionThreshold = properties.suppressionThreshold();
		this.varianceTolerance = properties.varianceTolerancePercent();
		this.windows = windows;
		this.layout = new RunLayout(properties);
		this.connections = DuckDbConnections.of(properties);
	}

	/**
	 * The catalog file analysts open.
	 * @return the file
	 */
	public Path file() {
		return this.catalogFile;
	}

	/**
	 * Refuses a command that reads the published catalog where there is none: a wrong
	 * folder is a setting to correct, not a failure to retry.
	 * @throws RefusedException if no catalog is published
	 */
	public void requirePublished() {
		if (!Files.isRegularFile(this.catalogFile)) {
			throw new RefusedException("no catalog at " + this.catalogFile.toAbsolutePath().normalize()
					+ ": nothing is published there yet (run nightly first), or care.warehouse.root or "
					+ "care.warehouse.catalog names the wrong folder");
		}
	}

	/**
	 * Builds every model over a run's files and swaps the new catalog into place.
	 * @param locations values for the models' placeholders, e.g. {@code run} and
	 * {@code history}, as DuckDB paths; {@code suppression_threshold} and
	 * {@code variance_tolerance} are added from the settings
	 */
	public void publish(Map<String, String> locations) {
		Path next = this.catalogFile.resolveSibling(this.catalogFile.getFileName() + ".next");
		try {
			buildInto(next, locations);
			Files.move(next, this.catalogFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot publish the catalog " + this.catalogFile, ex);
		}
		logger.info("Published catalog " + this.catalogFile);
	}

	/**
	 * The most memory DuckDB held while this process last built the catalog, sampled
	 * ({@link DuckDbMemoryPeak}); -1 before the first build. The benchmark reports it.
	 * @return bytes, or -1
	 */
	public long buildMemoryPeak() {
		return this.buildMemoryPeak;
	}

	/**
	 * Builds every model over a run's files and runs every assertion, exactly as
	 * {@link #publish} does, but leaves the published catalog as it is: for a run of an
	 * earlier business date than the one published, whose files are kept but must not
	 * replace newer data.
	 * @param locations as for {@link #publish}
	 */
	public void verify(Map<String, String> locations) {
		Path scratch = this.catalogFile.resolveSibling(this.catalogFile.getFileName() + ".verify");
		try {
			try {
				buildInto(scratch, locations);
			}
			finally {
				Files.deleteIfExists(scratch);
				Files.deleteIfExists(scratch.resolveSibling(scratch.getFileName() + ".wal"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot verify the run in " + scratch, ex);
		}
		logger.info("Built and checked the run without publishing it");
	}

	/**
	 * Writes a copy of the catalog whose views read the warehouse under this catalog's
	 * root, for a warehouse moved or mounted at another path than the one it was built
	 * at; the copy is written beside {@code out} and renamed into place.
	 * @param out the catalog to write, the published one itself for a moved warehouse
	 * @return the root the catalog was built for
	 * @throws SQLException if a view does not read under the root
	 * @throws IOException if the copy cannot be written
	 */
	public String relocate(Path out) throws SQLException, IOException {
		Path next = out.resolveSibling(out.getFileName() + ".next");
		Files.copy(this.catalogFile, next, StandardCopyOption.REPLACE_EXISTING);
		String builtFor;
		try (Connection connection = this.connections.open("jdbc:duckdb:" + next, false)) {
			builtFor = CatalogRelocation.relocate(connection,
					this.layout.forDuckDb(new org.apache.hadoop.fs.Path(this.layout.root())));
		}
		catch (SQLException ex) {
			Files.deleteIfExists(next);
			throw ex;
		}
		Files.move(next, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		return builtFor;
	}

	private void buildInto(Path file, Map<String, String> locations) throws IOException {
		Map<String, String> placeholders = new java.util.HashMap<>(locations);
		placeholders.put("suppression_threshold", String.valueOf(this.suppressionThreshold));
		placeholders.put("variance_tolerance", this.varianceTolerance.toPlainString());
		placeholders.putAll(this.windows.placeholders());
		// a model that must write on one thread sets them back to these
		placeholders.put("threads", String.valueOf(this.connections.threads()));
		Files.createDirectories(this.catalogFile.getParent());
		Files.deleteIfExists(file);
		build(file, placeholders);
	}

	/**
	 * Runs one SELECT statement against the published catalog, in a sandbox: the catalog
	 * attached read-only, files readable only under the warehouse's {@code runs/} and
	 * {@code history/} folders, or their local mirror (so not the pseudonymisation key or
	 * any other file), nothing writable, and the settings locked.
	 * @param sql the query
	 * @param out where to print the result, tab-separated with a header
	 * @return the number of rows
	 * @throws QueryRefusedException if the text is not exactly one SELECT statement
	 * @throws SQLException if the query fails, a file outside the warehouse's data
	 * included
	 */

	public long query(String sql, PrintStream out) throws SQLException {
		return query(sql, (rows) -> QueryFormat.TSV.print(rows, out));
	}

	/**
	 * Refuses, without running it, a text that is not exactly one SELECT statement.
	 * @param sql the query
	 * @throws QueryRefusedException if it is not
	 * @throws SQLException if the sandbox cannot be opened
	 */
	public void check(String sql) throws SQLException {
		try (Connection connection = sandbox(List.of())) {
			refuseAllButOneSelect(connection, sql);
		}
	}

	/**
	 * Runs one SELECT statement in the sandbox and hands its rows to a reader.
	 * @param <T> what the reader makes of the rows
	 * @param sql the query
	 * @param reader reads the result
	 * @return what the reader returned
	 * @throws SQLException as {@link #query(String, PrintStream)}
	 */
	public <T> T query(String sql, ResultReader<T> reader) throws SQLException {
		try (Connection connection = sandbox(List.of()); Statement statement = connection.createStatement()) {
			refuseAllButOneSelect(connection, sql);
			try (ResultSet rows = statement.executeQuery(sql)) {
				return reader.read(rows);
			}
		}
	}

	/**
	 * Writes one SELECT statement's result as a Parquet file. DuckDB writes it, into a
	 * fresh scratch folder that is the only writable place in the sandbox; the statement
	 * is checked as for {@link #query(String, PrintStream)} and reaches COPY only as a
	 * string literal given to {@code query()}, never as SQL text.
	 * @param sql the query
	 * @param parquet the file to write
	 * @throws SQLException as {@link #query(String, PrintStream)}
	 * @throws IOException if the scratch folder or the file cannot be written
	 */
	public void queryToParquet(String sql, Path parquet) throws SQLException, IOException {
		Path scratch = Files.createTempDirectory("care-query");
		Path written = scratch.resolve("result.parquet");
		try (Connection connection = sandbox(List.of(scratch.toString() + "/"));
				Statement statement = connection.createStatement()) {
			refuseAllButOneSelect(connection, sql);
			statement.execute("COPY (FROM query('" + literal(sql) + "')) TO '" + literal(written.toString())
					+ "' (FORMAT PARQUET)");
			Files.move(written, parquet, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(written);
			Files.deleteIfExists(scratch);
		}
	}

	private Connection sandbox(List<String> writable) throws SQLException {
		Connection connection = this.connections.openStreaming("jdbc:duckdb:");
		try (Statement statement = connection.createStatement()) {
			statement.execute("ATTACH '" + literal(this.catalogFile.toString()) + "' AS care (READ_ONLY)");
			statement.execute("USE care");
			List<String> folders = new ArrayList<>(List.of(folder(this.layout.runs()), folder(this.layout.history())));
			folders.addAll(writable);
			statement
				.execute("SET allowed_directories = " + folders.stream().map((f) -> "'" + literal(f) + "'").toList());
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

	/**
	 * A trailing separator, so that {@code runs/} does not also allow {@code runs-old/}.
	 */
	private String folder(org.apache.hadoop.fs.Path location) {
		String path = this.layout.forDuckDb(location);
		return path.endsWith("/") ? path : path + "/";
	}

	/**
	 * Reads a query's result.
	 *
	 * @param <T> what it makes of the rows
	 */
	@FunctionalInterface
	public interface ResultReader<T> {

		T read(ResultSet rows) throws SQLException;

	}

	/** A query that is not exactly one SELECT statement. */
	public static class QueryRefusedException extends SQLException {

		QueryRefusedException(String message) {
			super(message);
		}

	}

	private void build(Path file, Map<String, String> locations) {
		try (Connection connection = this.connections.open("jdbc:duckdb:", false);
				Statement statement = connection.createStatement();
				DuckDbMemoryPeak memory = new DuckDbMemoryPeak(connection)) {
			statement.execute(
					"ATTACH '" + literal(file.toString()) + "' AS care (STORAGE_VERSION '" + STORAGE_VERSION + "')");
			statement.execute("USE care");
			// this instance is the build's own; a model that needs an order says
			// ORDER BY, and keeping the order of rows nobody sorted costs the
			// materialising COPYs time
			statement.execute("SET preserve_insertion_order = false");
			// one transaction for the whole build: each model, comment and materialised
			// view would otherwise be a commit of its own, each writing and syncing the
			// catalog's log (most of a small night's publish); the file is new, and a
			// build that fails leaves nothing in it
			statement.execute("BEGIN TRANSACTION");
			long start = System.nanoTime();
			List<ModelOrder.Model> models = models();
			for (ModelOrder.Model model : models) {
				execute(statement, model, locations);
			}
			long built = System.nanoTime();
			CatalogComments.apply(statement, models);
			long commented = System.nanoTime();
			List<String> broken = new ArrayList<>();
			List<DeclaredAssertions.Assertion> assertions = assertions(models);
			for (DeclaredAssertions.Assertion assertion : assertions) {
				check(statement, assertion).ifPresent(broken::add);
			}
			logger.debug(String.format(Locale.ROOT,
					"Built %d models in %d ms, commented them in %d ms, ran %d assertions in %d ms", models.size(),
					(built - start) / 1_000_000, (commented - built) / 1_000_000, assertions.size(),
					(System.nanoTime() - commented) / 1_000_000));
			this.buildMemoryPeak = memory.bytes();
			logger.info(String.format(Locale.ROOT,
					"DuckDB held at most %d MiB of its %s memory limit while the catalog was built",
					this.buildMemoryPeak >> 20, this.connections.memoryLimit()));
			if (!broken.isEmpty()) {
				throw new IllegalStateException(String.join("; ", broken));
			}
			statement.execute("COMMIT");
			statement.execute("USE memory");
			statement.execute("DETACH care");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot build the catalog: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The hand-written assertions of {@code warehouse/tests/}, then those the models
	 * declare.
	 */
	private static List<DeclaredAssertions.Assertion> assertions(List<ModelOrder.Model> models) {
		List<DeclaredAssertions.Assertion> assertions = new ArrayList<>();
		for (Resource assertion : resources(List.of(ASSERTIONS))) {
			assertions.add(new DeclaredAssertions.Assertion(assertion.getFilename(), text(assertion), null));
		}
		DeclaredAssertions declared = new DeclaredAssertions(template("unique.sql"), template("unique-rows.sql"),
				template("references.sql"));
		models.forEach((model) -> assertions.addAll(declared.of(model)));
		return assertions;
	}

	private static SqlTemplate template(String name) {
		List<Resource> found = resources(List.of(ASSERTIONS + "/templates")).stream()
			.filter((resource) -> name.equals(resource.getFilename()))
			.toList();
		if (found.isEmpty()) {
			throw new IllegalStateException("No assertion template " + ASSERTIONS + "/templates/" + name);
		}
		return new SqlTemplate(name, text(found.get(0)));
	}

	/** Every model of every layer, in the order their dependencies need. */
	private static List<ModelOrder.Model> models() {
		List<ModelOrder.Model> models = new ArrayList<>();
		for (int layer = 0; layer < LAYERS.size(); layer++) {
			for (Resource model : resources(List.of(LAYERS.get(layer)))) {
				models.add(new ModelOrder.Model(model.getFilename(), layer, text(model)));
			}
		}
		return ModelOrder.sort(models);
	}

	private void execute(Statement statement, ModelOrder.Model model, Map<String, String> locations)
			throws SQLException {
		String sql = new SqlTemplate(model.name(), model.sql()).fill(locations);
		long started = System.nanoTime();
		try {
			statement.execute(sql);
			Materialisation.materialise(statement, model, literal(locations.getOrDefault("run", "")));
			if (logger.isDebugEnabled()) {
				logger.debug("Built " + model.name() + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
			}
		}
		catch (SQLException ex) {
			throw new SQLException("Model " + model.name() + " failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Runs an assertion query against the new catalog: a row it returns is a broken
	 * invariant, and the catalog is not published. Every assertion runs, so the failure
	 * names each one broken.
	 */
	private java.util.Optional<String> check(Statement statement, DeclaredAssertions.Assertion assertion)
			throws SQLException {
		String sql = assertion.sql().strip().replaceAll(";$", "");
		try (ResultSet rows = statement
			.executeQuery("SELECT count(*), any_value(broken::VARCHAR) FROM (" + sql + ") AS broken")) {
			rows.next();
			if (rows.getLong(1) > 0) {
				return java.util.Optional.of("Assertion " + assertion.name() + " found " + rows.getLong(1)
						+ " broken row(s), e.g. " + rows.getString(2) + sources(statement, assertion));
			}
			return java.util.Optional.empty();
		}
		catch (SQLException ex) {
			throw new SQLException("Assertion " + assertion.name() + " failed: " + ex.getMessage(), ex);
		}
	}

	/** The extract files and lines behind a broken assertion, where it can name them. */
	private static String sources(Statement statement, DeclaredAssertions.Assertion assertion) throws SQLException {
		if (assertion.sources() == null) {
			return "";
		}
		try (ResultSet lines = statement.executeQuery(assertion.sources())) {
			String named = lines.next() ? lines.getString(1) : null;
			return (named != null) ? ", from " + named : "";
		}
	}

	static List<Resource> resources(List<String> folders) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		return folders.stream().flatMap((folder) -> {
			try {
				// a class path holding the models twice (the jar and a classes folder)
				// builds them once
				Map<String, Resource> byName = new java.util.TreeMap<>();
				Arrays.stream(resolver.getResources("classpath*:warehouse/" + folder + "/*.sql"))
					.forEach((model) -> byName.putIfAbsent(model.getFilename(), model));
				return byName.values().stream();
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

	/**
	 * Reads rows from the published catalog, read-only.
	 * @param sql the query, with {@code ?} for each parameter
	 * @param parameters the values bound in order
	 * @return the column labels and each row's values in column order
	 * @throws SQLException if the query fails
	 */
	public Rows read(String sql, Object... parameters) throws SQLException {
		try (Reader reader = reader()) {
			return reader.read(sql, parameters);
		}
	}

	/**
	 * Opens the published catalog, read-only, for many queries on one connection: the
	 * reports run a hundred or so, and opening the catalog costs more than most of them.
	 * @return the open reader, to close when done
	 * @throws SQLException if DuckDB cannot open the catalog
	 */
	public Reader reader() throws SQLException {
		return new Reader(this.connections.open("jdbc:duckdb:" + this.catalogFile, true));
	}

	/**
	 * One read-only connection to the published catalog.
	 */
	public static final class Reader implements AutoCloseable {

		private final Connection connection;

		private Reader(Connection connection) {
			this.connection = connection;
		}

		/**
		 * Runs one query.
		 * @param sql the query, with {@code ?} for each parameter
		 * @param parameters the values bound in order
		 * @return the column labels and each row's values in column order
		 * @throws SQLException if the query fails
		 */
		public Rows read(String sql, Object... parameters) throws SQLException {
			try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
				for (int i = 0; i < parameters.length; i++) {
					statement.setObject(i + 1, parameters[i]);
				}
				try (ResultSet rows = statement.executeQuery()) {
					int columns = rows.getMetaData().getColumnCount();
					List<String> labels = new ArrayList<>();
					for (int i = 1; i <= columns; i++) {
						labels.add(rows.getMetaData().getColumnLabel(i));
					}
					List<List<Object>> values = new ArrayList<>();
					while (rows.next()) {
						List<Object> row = new ArrayList<>();
						for (int i = 1; i <= columns; i++) {
							row.add(rows.getObject(i));
						}
						values.add(row);
					}
					return new Rows(labels, values);
				}
			}
		}

		@Override
		public void close() throws SQLException {
			this.connection.close();
		}

	}

	/**
	 * The result of {@link #read}: column labels and rows.
	 *
	 * @param columns the column labels
	 * @param values each row's values in column order (null where SQL gave NULL)
	 */
	public record Rows(List<String> columns, List<List<Object>> values) {

		/**
		 * One value by column label.
		 * @param row the row's index
		 * @param column the column's label
		 * @return the value, or null
		 */
		public Object get(int row, String column) {
			return this.values.get(row).get(this.columns.indexOf(column));
		}

	}

	/** Paths go into SQL string literals, where a quote is doubled. */
	private static String literal(String value) {
		return value.replace("'", "''");
	}

}
