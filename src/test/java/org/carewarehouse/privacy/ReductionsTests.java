package org.carewarehouse.privacy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Postcode district, birth month and age.
 */
class ReductionsTests {

	@Test
	void fullPostcodeBecomesItsDistrict() {
		assertThat(Reductions.postcodeDistrict("L20 9ZZ")).isEqualTo("L20");
		assertThat(Reductions.postcodeDistrict("PR8 1AB")).isEqualTo("PR8");
		assertThat(Reductions.postcodeDistrict("EC1A 1BB")).isEqualTo("EC1A");
		assertThat(Reductions.postcodeDistrict("SW1A 2AA")).isEqualTo("SW1A");
		assertThat(Reductions.postcodeDistrict("B11 1AA")).isEqualTo("B11");
		assertThat(Reductions.postcodeDistrict("L2 9ZZ")).isEqualTo("L2");
	}

	@Test
	void caseAndSpacingDoNotMatter() {
		assertThat(Reductions.postcodeDistrict("l209zz")).isEqualTo("L20");
		assertThat(Reductions.postcodeDistrict(" pr8  1ab ")).isEqualTo("PR8");
		assertThat(Reductions.postcodeDistrict("sw1a2aa")).isEqualTo("SW1A");
	}

	@Test
	void districtAloneIsKept() {
		assertThat(Reductions.postcodeDistrict("L20")).isEqualTo("L20");
		assertThat(Reductions.postcodeDistrict("ec1a")).isEqualTo("EC1A");
	}

	@Test
	void somethingElseIsNull() {
		assertThat(Reductions.postcodeDistrict("not a postcode")).isNull();
		assertThat(Reductions.postcodeDistrict("12345")).isNull();
		assertThat(Reductions.postcodeDistrict("L20 9Z")).isNull();
		assertThat(Reductions.postcodeDistrict("")).isNull();
		assertThat(Reductions.postcodeDistrict(null)).isNull();
	}

	@Test
	void dateOfBirthBecomesYearAndMonth() {
		assertThat(Reductions.birthMonth(LocalDate.of(1948, 7, 3))).isEqualTo("1948-07");
		assertThat(Reductions.birthMonth(LocalDate.of(1948, 11, 30))).isEqualTo("1948-11");
		assertThat(Reductions.birthMonth(null)).isNull();
	}

	@Test
	void ageCountsWholeYearsReachedOnTheBirthday() {
		LocalDate birth = LocalDate.of(1950, 6, 15);
		// 2024 - 1950 = 74, less one until the birthday comes round
		assertThat(Reductions.ageOn(birth, LocalDate.of(2024, 6, 14))).isEqualTo(73);
		assertThat(Reductions.ageOn(birth, LocalDate.of(2024, 6, 15))).isEqualTo(74);
		assertThat(Reductions.ageOn(birth, LocalDate.of(2024, 12, 31))).isEqualTo(74);
		assertThat(Reductions.ageOn(birth, LocalDate.of(2025, 1, 1))).isEqualTo(74);
	}

	@Test
	void leapDayBirthdayFallsOnTheFirstOfMarchInOtherYears() {
		LocalDate birth = LocalDate.of(2000, 2, 29);
		assertThat(Reductions.ageOn(birth, LocalDate.of(2023, 2, 28))).isEqualTo(22);
		assertThat(Reductions.ageOn(birth, LocalDate.of(2023, 3, 1))).isEqualTo(23);
		assertThat(Reductions.ageOn(birth, LocalDate.of(2024, 2, 29))).isEqualTo(24);
	}

	@Test
	void ageWithoutEitherDateIsNull() {
		assertThat(Reductions.ageOn(null, LocalDate.of(2024, 6, 15))).isNull();
		assertThat(Reductions.ageOn(LocalDate.of(1950, 6, 15), null)).isNull();
	}

}
