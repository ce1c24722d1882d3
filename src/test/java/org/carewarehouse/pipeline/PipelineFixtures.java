package org.carewarehouse.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The pipeline tests' fixtures in {@code src/test/resources/fixtures/pipeline}, a local
 * Hadoop file system as the application configures it, and DuckDB to read back what was
 * written.
 */
final class PipelineFixtures {

	private static final String ROOT = "/fixtures/pipeline/";

	private PipelineFixtures() {
	}

	static Contract contract(String name) {
		return contract(name, Map.of());
	}

	/**
	 * Loads a fixture contract, replacing some of its top-level keys.
	 */
	static Contract contract(String name, Map<String, Object> overrides) {
		return contractAt(ROOT + "contracts/" + name + ".yaml", overrides);
	}

	static Contract contractAt(String resource) {
		return contractAt(resource, Map.of());
	}

	private static Contract contractAt(String resource, Map<String, Object> overrides) {
		try (InputStream in = PipelineFixtures.class.getResourceAsStream(resource)) {
			Map<String, Object> yaml = new HashMap<>(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
			yaml.putAll(overrides);
			return ContractLoader.read(resource.substring(resource.lastIndexOf('/') + 1),
					new StringReader(new Yaml().dump(yaml)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Path csv(String name) {
		URL url = PipelineFixtures.class.getResource(ROOT + "csv/" + name);
		if (url == null) {
			throw new IllegalArgumentException("No fixture " + name);
		}
		try {
			return Path.of(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The local file system without checksum files, as WarehouseConfiguration sets it up.
	 */
	static Configuration localHadoop() {
		Configuration hadoop = new Configuration();
		hadoop.set("fs.file.impl", RawLocalFileSystem.class.getName());
		hadoop.setBoolean("fs.file.impl.disable.cache", true);
		return hadoop;
	}

	static List<List<Object>> query(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			List<List<Object>> rows = new ArrayList<>();
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				List<Object> row = new ArrayList<>(columns);
				for (int i = 1; i <= columns; i++) {
					row.add(result.getObject(i));
				}
				rows.add(row);
			}
			return rows;
		}
	}

}
