package org.carewarehouse.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * An in-memory DuckDB for hand-worked fixture tests of single models: the tables a model
 * reads are created from literal rows, and the model is built from the same SQL file the
 * catalog runs, with the run folder holding the reference files it names. Shared by the
 * SQL tests of every feature package.
 */
public final class ModelDatabase implements AutoCloseable {

	private final Connection connection;

	private final Map<String, String> values = new HashMap<>();

	/** A database for models that read no reference file. */
	public ModelDatabase() throws SQLException {
		this.connection = DriverManager.getConnection("jdbc:duckdb:");
		// the catalog's schema of building blocks, which fixtures stand in for
		execute("CREATE SCHEMA internal");
	}

	/** A database whose run folder, {@code run}, holds the reference files. */
	public ModelDatabase(Path run) throws SQLException {
		this();
		this.values.put("run", run.toString());
	}

	/** Sets a template value the models name, such as {@code as_of}. */
	public ModelDatabase with(String name, String value) {
		this.values.put(name, value);
		return this;
	}

	/** Copies a reference file into the run folder, as each night does. */
	public ModelDatabase reference(String file) throws IOException {
		if (!this.values.containsKey("run")) {
			throw new IllegalStateException("No run folder for " + file + ": use new ModelDatabase(run)");
		}
		Path folder = Files.createDirectories(Path.of(this.values.get("run")).resolve("reference"));
		try (InputStream in = new ClassPathResource("warehouse/reference/" + file).getInputStream()) {
			Files.copy(in, folder.resolve(file));
		}
		return this;
	}

	/**
	 * Writes a table's rows again in another order, as another read of the same extracts
	 * could meet them, for a model whose result must not depend on it.
	 */
	public ModelDatabase reorder(String table, String orderBy) throws SQLException {
		return execute("CREATE OR REPLACE TABLE " + table + " AS FROM " + table + " ORDER BY " + orderBy);
	}

	/** Builds the models, given as paths under {@code warehouse/sql/}, in order. */
	public ModelDatabase models(String... models) throws Exception {
		for (String model : models) {
			String path = "warehouse/sql/" + model + ".sql";
			String text = new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
			execute(new SqlTemplate(path, text).fill(this.values));
		}
		return this;
	}

	/**
	 * Builds indicator_values, with the catalogue and the macros it reads, over the given
	 * indicator model (built from the tables already here) and every other indicator
	 * model standing in empty. Needs a run folder.
	 */
	public ModelDatabase indicatorValues(String model) throws Exception {
		with("suppression_threshold", "4").reference("indicators.csv")
			.reference("councils.csv")
			.reference("poisson-exact-limits.csv");
		for (String other : List.of("ind_adm", "ind_rbl_91", "ind_rbl_84", "ind_rbl_rate", "ind_stm_out", "ind_ld_emp",
				"ind_dp", "ind_home", "ind_cost", "ind_cost_ledger", "ind_day", "ind_cla", "ind_cla_cost",
				"ind_workforce")) {
			if (!other.equals(model)) {
				execute("CREATE TABLE internal." + other + " (indicator_id VARCHAR, council VARCHAR, "
						+ "financial_year VARCHAR, breakdown VARCHAR, numerator DECIMAL(18, 2), denominator DECIMAL(18, 2)"
						+ ("ind_workforce".equals(other) ? ", workers BIGINT)" : ")"));
			}
		}
		return models("staging/arithmetic", "staging/statistics", "staging/breakdown", "staging/dim_council",
				"indicators/indicator_catalogue", "indicators/" + model, "indicators/indicator_values");
	}

	public ModelDatabase execute(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(sql);
		}
		return this;
	}

	/** Runs one parameterised statement per row of values, such as an INSERT. */
	public ModelDatabase executeEach(String sql, List<Object[]> rows) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			for (Object[] values : rows) {
				for (int i = 0; i < values.length; i++) {
					statement.setObject(i + 1, values[i]);
				}
				statement.execute();
			}
		}
		return this;
	}

	public List<List<Object>> rows(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			return ResultRows.read(result);
		}
	}

	/** The first column of the single row the query returns, as text. */
	public String text(String sql) throws SQLException {
		List<List<Object>> rows = rows(sql);
		if (rows.size() != 1) {
			throw new IllegalStateException(rows.size() + " rows for " + sql);
		}
		return String.valueOf(rows.get(0).get(0));
	}

	@Override
	public void close() throws SQLException {
		this.connection.close();
	}

}
