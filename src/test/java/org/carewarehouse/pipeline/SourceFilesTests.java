package org.carewarehouse.pipeline;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which files a feed's pattern reads.
 */
class SourceFilesTests {

	private static final PathMatcher SERVICES = FileSystems.getDefault().getPathMatcher("glob:services-*.{csv,csv.gz}");

	@Test
	void theExtensionMatchesInAnyCase() {
		assertThat(SourceFiles.matches(SERVICES, Path.of("services-E08000014-2023-24.csv"))).isTrue();
		assertThat(SourceFiles.matches(SERVICES, Path.of("services-E08000014-2023-24.CSV"))).isTrue();
		assertThat(SourceFiles.matches(SERVICES, Path.of("services-E08000014-2023-24-r2.Csv.GZ"))).isTrue();
	}

	@Test
	void theRestOfTheNameMatchesAsWritten() {
		assertThat(SourceFiles.matches(SERVICES, Path.of("SERVICES-E08000014-2023-24.csv"))).isFalse();
		assertThat(SourceFiles.matches(SERVICES, Path.of("services-E08000014-2023-24.CSV.bak"))).isFalse();
		assertThat(SourceFiles.matches(SERVICES, Path.of("services-E08000014-2023-24.csvx"))).isFalse();
		assertThat(SourceFiles.matches(SERVICES, Path.of("services-E08000014-2023-24"))).isFalse();
	}

}
