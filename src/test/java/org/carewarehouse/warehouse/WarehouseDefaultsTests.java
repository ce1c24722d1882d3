package org.carewarehouse.warehouse;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A warehouse's catalog, key file and job repository follow its root unless set.
 */
class WarehouseDefaultsTests {

	@Test
	void aLocalRootHoldsTheCatalogKeyAndJobRepository() {
		StandardEnvironment environment = environment(Map.of("care.warehouse.root", "/srv/care"));

		assertThat(environment.getProperty("care.warehouse.catalog")).isEqualTo("/srv/care/care.duckdb");
		assertThat(environment.getProperty("care.pseudonymisation.key-file"))
			.isEqualTo("/srv/care/pseudonymisation.key");
		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:file:/srv/care/jobrepo/batch");
	}

	@Test
	void aRelativeRootIsResolvedOnceSoTheFilesDoNotMoveWithTheWorkingDirectory() {
		StandardEnvironment environment = environment(Map.of("care.warehouse.root", "warehouse/data"));

		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:h2:file:" + Path.of("warehouse/data/jobrepo/batch").toAbsolutePath());
	}

	@Test
	void aRemoteRootLeavesThemLocalAndSettingsStillWin() {
		StandardEnvironment environment = environment(
				Map.of("care.warehouse.root", "s3a://bucket/care", "care.warehouse.catalog", "/var/care/care.duckdb"));

		assertThat(environment.getProperty("care.warehouse.catalog")).isEqualTo("/var/care/care.duckdb");
		assertThat(environment.getProperty("care.pseudonymisation.key-file"))
			.isEqualTo(Path.of("warehouse/data/pseudonymisation.key").toAbsolutePath().toString());
	}

	private static StandardEnvironment environment(Map<String, Object> settings) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
		new WarehouseDefaults().postProcessEnvironment(environment, null);
		return environment;
	}

}
