package org.carewarehouse.privacy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Keyed hashes of person identifiers.
 */
class PseudonymiserTests {

	private static final String SECRET = "first-test-key-0123456789abcdefghij";

	private final Pseudonymiser pseudonymiser = new Pseudonymiser(key(SECRET));

	/**
	 * Person keys must not change between releases, or last night's people become new
	 * people tonight. Worked out with {@code printf '%s' 'la|E08000014|SEF001' | openssl
	 * dgst -sha256 -hmac first-test-key-0123456789abcdefghij} and likewise for
	 * {@code nhs|9990000018}.
	 */
	@Test
	void keysAreHmacSha256OfTheLabelledIdentifier() {
		assertThat(this.pseudonymiser.localPersonKey("E08000014", "SEF001"))
			.isEqualTo("d1d4796a6e92b99877bef7204dcbfeb54d43df6e37912470cda398d80bb5ea73");
		assertThat(this.pseudonymiser.nhsKey("9990000018"))
			.isEqualTo("d2eb61d434f57f6c6a55e9a2f063b0b34cb523880bf64d97c2cf2d74946a95aa");
	}

	@Test
	void sameInputAndSecretGiveTheSameKey() {
		assertThat(new Pseudonymiser(key(SECRET)).localPersonKey("E08000014", "SEF001"))
			.isEqualTo(this.pseudonymiser.localPersonKey("E08000014", "SEF001"))
			.isEqualTo(this.pseudonymiser.localPersonKey("E08000014", " SEF001 "));
	}

	/**
	 * Remembered keys are the keys: asked again, before and after the memory fills and is
	 * cleared, and from several threads at once, an identifier gets the key a fresh
	 * pseudonymiser computes.
	 */
	@Test
	void aRememberedKeyIsTheComputedKeyBeforeAndAfterTheMemoryIsCleared() throws Exception {
		String expected = new Pseudonymiser(key(SECRET)).localPersonKey("E08000014", "SEF001");
		assertThat(this.pseudonymiser.localPersonKey("E08000014", "SEF001")).isEqualTo(expected);
		assertThat(this.pseudonymiser.localPersonKey("E08000014", "SEF001")).isEqualTo(expected);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> keys = new ArrayList<>();
			for (int thread = 0; thread < 2; thread++) {
				keys.add(threads.submit(() -> {
					for (int i = 0; i <= Pseudonymiser.REMEMBERED; i++) {
						this.pseudonymiser.localPersonKey("E08000014", "P" + i);
					}
					return this.pseudonymiser.localPersonKey("E08000014", "SEF001");
				}));
			}
			for (Future<String> key : keys) {
				assertThat(key.get()).isEqualTo(expected);
			}
		}
		finally {
			threads.shutdown();
		}
		assertThat(this.pseudonymiser.localPersonKey("E08000014", "P7"))
			.isEqualTo(new Pseudonymiser(key(SECRET)).localPersonKey("E08000014", "P7"));
	}

	@Test
	void anotherSecretGivesAnotherKey() {
		Pseudonymiser other = new Pseudonymiser(key("second-test-key-0123456789abcdefghi"));
		assertThat(other.localPersonKey("E08000014", "SEF001"))
			.isNotEqualTo(this.pseudonymiser.localPersonKey("E08000014", "SEF001"));
		assertThat(other.nhsKey("9990000018")).isNotEqualTo(this.pseudonymiser.nhsKey("9990000018"));
	}

	@Test
	void theSameLocalIdInTwoCouncilsIsTwoPeople() {
		assertThat(this.pseudonymiser.localPersonKey("E08000014", "1001"))
			.isNotEqualTo(this.pseudonymiser.localPersonKey("E06000049", "1001"));
	}

	@Test
	void nhsKeyIsTheSameInEveryCouncilAndWhateverTheSpacing() {
		String nhs = this.pseudonymiser.nhsKey("9990000018");
		assertThat(this.pseudonymiser.nhsKey("999 000 0018")).isEqualTo(nhs);
		assertThat(this.pseudonymiser.personKey("E08000014", "SEF001", "9990000018")).isEqualTo(nhs);
		assertThat(this.pseudonymiser.personKey("E06000049", "CHE777", "999 000 0018")).isEqualTo(nhs);
	}

	@Test
	void personKeyFallsBackToTheLocalKeyWhenTheNhsNumberIsMissingOrInvalid() {
		String local = this.pseudonymiser.localPersonKey("E08000014", "SEF001");
		assertThat(this.pseudonymiser.personKey("E08000014", "SEF001", null)).isEqualTo(local);
		assertThat(this.pseudonymiser.personKey("E08000014", "SEF001", "9990000017")).as("wrong check digit")
			.isEqualTo(local);
		assertThat(this.pseudonymiser.personKey("E08000014", "SEF001", "999000001")).as("nine digits").isEqualTo(local);
		assertThat(local).isNotEqualTo(this.pseudonymiser.nhsKey("9990000017"));
	}

	@Test
	void secretShorterThan32BytesIsRefused() {
		String thirtyOne = "0123456789abcdef0123456789abcde";
		assertThatIllegalArgumentException().isThrownBy(() -> new Pseudonymiser(key(thirtyOne)))
			.withMessage("The pseudonymisation key must be at least 32 bytes");
		assertThatNoException().isThrownBy(() -> new Pseudonymiser(key(thirtyOne + "f")));
	}

	@Test
	void keyIs64LowercaseHexCharactersWithoutTheInput() {
		assertThat(this.pseudonymiser.localPersonKey("E08000014", "SEF001")).matches("[0-9a-f]{64}")
			.doesNotContain("SEF001")
			.doesNotContain("E08000014");
		assertThat(this.pseudonymiser.nhsKey("9990000018")).matches("[0-9a-f]{64}").doesNotContain("9990000018");
	}

	private static byte[] key(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
