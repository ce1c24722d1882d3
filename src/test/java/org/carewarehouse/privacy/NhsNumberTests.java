package org.carewarehouse.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modulus 11 check: the first nine digits weighted 10 down to 2, summed; the check
 * digit is 11 minus the sum's remainder on division by 11, 11 becoming 0 and 10 meaning
 * no valid number.
 */
class NhsNumberTests {

	/**
	 * 999000001: 9*10 + 9*9 + 9*8 + 0*7 + 0*6 + 0*5 + 0*4 + 0*3 + 1*2 = 90 + 81 + 72 + 2
	 * = 245; 245 = 22*11 + 3; 11 - 3 = 8.
	 */
	@Test
	void validNumberPasses() {
		assertThat(NhsNumber.isValid("9990000018")).isTrue();
	}

	@Test
	void spacesAndHyphensBetweenDigitGroupsAreAccepted() {
		assertThat(NhsNumber.isValid("999 000 0018")).isTrue();
		assertThat(NhsNumber.isValid("999-000-0018")).isTrue();
	}

	@Test
	void wrongCheckDigitFails() {
		for (char digit : "012345679".toCharArray()) {
			assertThat(NhsNumber.isValid("999000001" + digit)).as("check digit %s", digit).isFalse();
		}
	}

	/**
	 * 999000005: 90 + 81 + 72 + 5*2 = 253 = 23*11, remainder 0; 11 - 0 = 11, written 0.
	 */
	@Test
	void checkDigitElevenIsWrittenZero() {
		assertThat(NhsNumber.isValid("9990000050")).isTrue();
		assertThat(NhsNumber.isValid("9990000051")).isFalse();
	}

	/**
	 * 999000000: 90 + 81 + 72 = 243 = 22*11 + 1; 11 - 1 = 10, which no single digit can
	 * be, so no number starting 999000000 is valid.
	 */
	@Test
	void numberWhoseCheckDigitWouldBeTenIsNeverValid() {
		for (int digit = 0; digit <= 9; digit++) {
			assertThat(NhsNumber.isValid("999000000" + digit)).as("check digit %d", digit).isFalse();
		}
	}

	@Test
	void wrongLengthFails() {
		assertThat(NhsNumber.isValid("999000001")).isFalse();
		assertThat(NhsNumber.isValid("99900000188")).isFalse();
		assertThat(NhsNumber.isValid("")).isFalse();
	}

	@Test
	void lettersAndOtherCharactersFail() {
		assertThat(NhsNumber.isValid("99900000l8")).isFalse();
		assertThat(NhsNumber.isValid("999000001A")).isFalse();
		assertThat(NhsNumber.isValid("999.000.0018")).isFalse();
		assertThat(NhsNumber.isValid("９９９００００0018")).as("full-width digits").isFalse();
	}

	@Test
	void contractsNameTheCheckNhsNumber() {
		NhsNumber check = new NhsNumber();
		assertThat(check.name()).isEqualTo("nhs-number");
		assertThat(check.rule().code()).isEqualTo("PV001");
		assertThat(check.test("999 000 0018")).isTrue();
		assertThat(check.test("9990000017")).isFalse();
	}

	@Test
	void recognisedInOtherColumnsOnlyInTheFormsPeopleWriteIt() {
		NhsNumber check = new NhsNumber();
		assertThat(check.recognises("9990000018")).isTrue();
		assertThat(check.recognises("999 000 0018")).isTrue();
		assertThat(check.recognises("999-000-0018")).isTrue();
		// a CQC location id: its digits pass the check, its form is not an NHS number's
		assertThat(check.recognises("1-000000001")).isFalse();
		assertThat(check.recognises("999 000-0018")).isFalse();
		assertThat(check.recognises("9990000017")).isFalse();
	}

}
