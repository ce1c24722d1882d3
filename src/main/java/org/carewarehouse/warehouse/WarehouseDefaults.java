package org.carewarehouse.warehouse;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps a warehouse's own files with it: unless set, the catalog, the pseudonymisation
 * key file and the embedded job repository live under {@code care.warehouse.root} when
 * that is a local folder, whatever the working directory. A root on HDFS or S3 cannot
 * hold them (they must be local files), so they stay under {@code warehouse/data} there.
 */
class WarehouseDefaults implements EnvironmentPostProcessor {

	static final String SOURCE = "careWarehouseDefaults";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String root = environment.getProperty("care.warehouse.root", "warehouse/data");
		URI uri = RunLayout.rootUri(root);
		Path folder = "file".equals(uri.getScheme()) ? Path.of(uri) : Path.of("warehouse/data").toAbsolutePath();
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("care.warehouse.catalog", folder.resolve("care.duckdb").toString());
		defaults.put("care.pseudonymisation.key-file", folder.resolve("pseudonymisation.key").toString());
		defaults.put("spring.datasource.url", "jdbc:h2:file:" + folder.resolve("jobrepo/batch"));
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE, defaults));
	}

}
