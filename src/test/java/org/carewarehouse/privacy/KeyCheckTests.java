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

	/**
	 * A short key passed this check and failed the load once it had started, exit 1,
	 * which the schedule examples retry for ever.
	 */
	@Test
	void aKeyTooShortIsRefusedBeforeTheLoad() throws Exception {
		Path sample = Files.createDirectories(this.home.resolve("sample-data"));
		Path keyFile = this.home.resolve("pseudonymisation.key");

		assertThat(new KeyCheck(new PseudonymisationProperties("short", keyFile), sample).problem(sample))
			.isEqualTo("The pseudonymisation key in CARE_PSEUDONYMISATION_KEY (care.pseudonymisation.key) is 5 bytes "
					+ "long; it must be at least 32 (a random secret from a secret store). Nothing was loaded.");
		Files.writeString(keyFile, "  thirty-one-characters-012345678\n");
		assertThat(new KeyCheck(new PseudonymisationProperties(null, keyFile), sample).problem(sample))
			.startsWith("The pseudonymisation key in the key file " + keyFile + " is 31 bytes long");
	}

}
