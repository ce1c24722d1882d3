package org.carewarehouse.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modulus 11 check.
 */
class NhsNumberTests {

	/**
	 * 999000001 weighted 10..2: 9*10 + 9*9 + 9*8 + 0 + 0 + 0 + 0 + 0 + 1*2 = 245; 245 mod
	 * 11 = 3; 11 - 3 = 8, the check digit.
	 */
	@Test
	void validNumberPasses() {
		assertThat(NhsNumber.isValid("9990000018")).isTrue();
		assertThat(NhsNumber.isValid("999 000 0018")).isTrue();
		assertThat(NhsNumber.isValid("999-000-0018")).isTrue();
	}

	@Test
	void wrongCheckDigitFails() {
		assertThat(NhsNumber.isValid("9990000017")).isFalse();
	}

	/**
	 * 100000001 weighted 10..2: 1*10 + 1*2 = 12; 12 mod 11 = 1; 11 - 1 = 10, which no
	 * digit can be, so no number starting 100000001 is valid.
	 */
	@Test
	void numberWhoseCheckDigitWouldBeTenIsNeverValid() {
		for (int digit = 0; digit <= 9; digit++) {
			assertThat(NhsNumber.isValid("100000001" + digit)).isFalse();
		}
	}

	@Test
	void wrongLengthOrLettersFail() {
		assertThat(NhsNumber.isValid("999000001")).isFalse();
		assertThat(NhsNumber.isValid("99900000188")).isFalse();
		assertThat(NhsNumber.isValid("99900000l8")).isFalse();
	}

}
