package org.carewarehouse.warehouse;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The warehouse's settings refuse, as they bind, values it would run wrongly with: DuckDB
 * reads a negative memory limit as none, and a suppression threshold of 0 publishes every
 * small count, and DuckDB reads a path holding *, ? or [ as a pattern. The indicator
 * windows refuse negative days.
 */
class WarehousePropertiesTests {

	@ParameterizedTest
	@ValueSource(strings = { "2GB", "512MB", "1.5 GiB", "2gb", "50%", "4T" })
	void memoryLimitsDuckDbReadsAreAccepted(String limit) {
		assertThat(properties(400, 4, limit).duckdbMemoryLimit()).isEqualTo(limit);
	}

	@ParameterizedTest
	@ValueSource(strings = { "-1GB", "banana", "1000", "", "2 gigs" })
	void otherMemoryLimitsAreRefused(String limit) {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(400, 4, limit))
			.withMessage(
					"care.warehouse.duckdb-memory-limit must be an amount such as 2GB, 512MB or 50%, not " + limit);
	}

	@Test
	void suppressionAndRetentionOutOfRangeAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(400, 0, "2GB"))
			.withMessage("care.warehouse.suppression-threshold must be at least 1, not 0");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(-1, 4, "2GB"))
			.withMessage("care.warehouse.retention-days must be at least 0, not -1");
		assertThat(properties(0, 1, "2GB").retentionDays()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/srv/care[1]/data", "/srv/care*/data", "/srv/care?/data", "hdfs://nn/care[1]" })
	void aRootDuckDbWouldReadAsAPatternIsRefused(String root) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WarehouseProperties(root, Path.of("/srv/catalog/care.duckdb"), 400, 4,
					BigDecimal.valueOf(2), "2GB", 0))
			.withMessage("care.warehouse.root must be a path without *, ? or [, which DuckDB reads as a pattern, not "
					+ root);
	}

	@Test
	void aCatalogDuckDbWouldReadAsAPatternIsRefusedAndOtherPunctuationIsNot() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WarehouseProperties("/srv/data", Path.of("/srv/[live]/care.duckdb"), 400, 4,
					BigDecimal.valueOf(2), "2GB", 0))
			.withMessage("care.warehouse.catalog must be a path without *, ? or [, which DuckDB reads as a pattern, "
					+ "not /srv/[live]/care.duckdb");
		assertThat(new WarehouseProperties("/srv/care] {x},y 'z'", Path.of("/srv/c]/care.duckdb"), 400, 4,
				BigDecimal.valueOf(2), "2GB", 0)
			.root()).isEqualTo("/srv/care] {x},y 'z'");
		assertThat(new WarehouseProperties("s3a://bucket/care", Path.of("care.duckdb"), 400, 4, BigDecimal.valueOf(2),
				"2GB", 0)
			.root()).isEqualTo("s3a://bucket/care");
	}

	@Test
	void negativeIndicatorWindowsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new IndicatorWindows(365, -91, 84, 7, 3, 7, 7, 91))
			.withMessage("care.indicators.at-home-days must be at least 0, not -91");
		assertThat(new IndicatorWindows(0, 0, 0, 0, 0, 0, 0, 0).atHomeDays()).isZero();
	}

	private static WarehouseProperties properties(int retentionDays, int suppressionThreshold, String memoryLimit) {
		return new WarehouseProperties("warehouse/data", Path.of("warehouse/data/care.duckdb"), retentionDays,
				suppressionThreshold, BigDecimal.valueOf(2), memoryLimit, 0);
	}

}
