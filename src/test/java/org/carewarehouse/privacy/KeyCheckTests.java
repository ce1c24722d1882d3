package org.carewarehouse.privacy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the bundled sample may run with no pseudonymisation key given: real extracts need
 * the key from the environment or an existing key file.
 */
class KeyCheckTests {

	@TempDir
	Path home;

	@Test
	void theSampleNeedsNoKey() throws Exception {
		Path sample = Files.createDirectories(this.home.resolve("sample-data"));
		KeyCheck check = new KeyCheck(new PseudonymisationProperties(null, this.home.resolve("none.key")), sample);

		assertThat(check.problem(this.home.resolve("sample-data/../sample-data"))).isNull();
	}

	@Test
	void realExtractsWithNoKeyAreRefusedAndNoKeyFileIsCreated() throws Exception {
		Path sample = Files.createDirectories(this.home.resolve("sample-data"));
		Path extracts = Files.createDirectories(this.home.resolve("extracts"));
		Path keyFile = this.home.resolve("warehouse/pseudonymisation.key");
		KeyCheck check = new KeyCheck(new PseudonymisationProperties(" ", keyFile), sample);

		assertThat(check.problem(extracts)).startsWith("No pseudonymisation key is configured for the sources folder "
				+ extracts.toRealPath() + ": set CARE_PSEUDONYMISATION_KEY");
		assertThat(keyFile).doesNotExist();
	}

	@Test
	void realExtractsRunWithAKeyFromTheEnvironmentOrAKeptFile() throws Exception {
		Path sample = Files.createDirectories(this.home.resolve("sample-data"));
		Path extracts = Files.createDirectories(this.home.resolve("extracts"));
		Path keyFile = this.home.resolve("pseudonymisation.key");

		assertThat(
				new KeyCheck(new PseudonymisationProperties("a-secret-of-at-least-32-characters-0123", keyFile), sample)
					.problem(extracts))
			.isNull();
		Files.writeString(keyFile, "kept-from-an-earlier-night-0123456789abcdef");
		assertThat(new KeyCheck(new PseudonymisationProperties(null, keyFile), sample).problem(extracts)).isNull();
	}

}
