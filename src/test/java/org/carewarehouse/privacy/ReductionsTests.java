package org.carewarehouse.privacy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Postcode district, birth month and age.
 */
class ReductionsTests {

	@Test
	void postcodeBecomesItsDistrict() {
		assertThat(Reductions.postcodeDistrict("L20 9ZZ")).isEqualTo("L20");
		assertThat(Reductions.postcodeDistrict("l209zz")).isEqualTo("L20");
		assertThat(Reductions.postcodeDistrict("PR8 1AB")).isEqualTo("PR8");
		assertThat(Reductions.postcodeDistrict("EC1A 1BB")).isEqualTo("EC1A");
		assertThat(Reductions.postcodeDistrict("SW1A 2AA")).isEqualTo("SW1A");
		assertThat(Reductions.postcodeDistrict("L20")).isEqualTo("L20");
		assertThat(Reductions.postcodeDistrict("not a postcode")).isNull();
		assertThat(Reductions.postcodeDistrict(null)).isNull();
	}

	@Test
	void dateOfBirthBecomesYearAndMonth() {
		assertThat(Reductions.birthMonth(LocalDate.of(1948, 7, 3))).isEqualTo("1948-07");
		assertThat(Reductions.birthMonth(LocalDate.of(1948, 11, 30))).isEqualTo("1948-11");
	}

	@Test
	void ageCountsWholeYearsOnTheDay() {
		LocalDate birth = LocalDate.of(1950, 6, 15);
		assertThat(Reductions.ageOn(birth, LocalDate.of(2024, 6, 14))).isEqualTo(73);
		assertThat(Reductions.ageOn(birth, LocalDate.of(2024, 6, 15))).isEqualTo(74);
		assertThat(Reductions.ageOn(null, LocalDate.of(2024, 6, 15))).isNull();
	}

}
