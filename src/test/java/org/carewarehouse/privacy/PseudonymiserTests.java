package org.carewarehouse.privacy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Keyed hashes of person identifiers.
 */
class PseudonymiserTests {

	private final Pseudonymiser pseudonymiser = new Pseudonymiser(key("first-test-key-0123456789abcdefghij"));

	@Test
	void sameInputAndKeyGiveTheSameKey() {
		assertThat(this.pseudonymiser.localPersonKey("E08000014", "SEF001"))
			.isEqualTo(
					new Pseudonymiser(key("first-test-key-0123456789abcdefghij")).localPersonKey("E08000014", "SEF001"))
			.matches("[0-9a-f]{64}")
			.doesNotContain("SEF001");
	}

	@Test
	void anotherSecretGivesAnotherKey() {
		assertThat(new Pseudonymiser(key("second-test-key-0123456789abcdefghi")).localPersonKey("E08000014", "SEF001"))
			.isNotEqualTo(this.pseudonymiser.localPersonKey("E08000014", "SEF001"));
	}

	@Test
	void theSameLocalIdInTwoCouncilsIsTwoPeople() {
		assertThat(this.pseudonymiser.localPersonKey("E08000014", "1001"))
			.isNotEqualTo(this.pseudonymiser.localPersonKey("E06000049", "1001"));
	}

	@Test
	void personKeyIsTheNhsKeyWhenTheNumberIsValidSoItLinksAcrossCouncils() {
		String nhs = this.pseudonymiser.nhsKey("999 000 0018");
		assertThat(this.pseudonymiser.personKey("E08000014", "SEF001", "9990000018")).isEqualTo(nhs);
		assertThat(this.pseudonymiser.personKey("E06000049", "CHE777", "9990000018")).isEqualTo(nhs);
	}

	@Test
	void personKeyFallsBackToTheLocalKeyWithoutAValidNhsNumber() {
		String local = this.pseudonymiser.localPersonKey("E08000014", "SEF001");
		assertThat(this.pseudonymiser.personKey("E08000014", "SEF001", null)).isEqualTo(local);
		assertThat(this.pseudonymiser.personKey("E08000014", "SEF001", "9990000017")).isEqualTo(local);
	}

	@Test
	void shortSecretIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Pseudonymiser(key("too-short")))
			.withMessageContaining("at least 32 bytes");
	}

	private static byte[] key(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
