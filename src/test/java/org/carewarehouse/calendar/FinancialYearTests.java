package org.carewarehouse.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * April-to-March years and their periods.
 */
class FinancialYearTests {

	@Test
	void yearOfADate() {
		assertThat(FinancialYear.containing(LocalDate.of(2024, 3, 31)).label()).isEqualTo("2023-24");
		assertThat(FinancialYear.containing(LocalDate.of(2024, 4, 1)).label()).isEqualTo("2024-25");
		assertThat(FinancialYear.containing(LocalDate.of(1999, 12, 31)).label()).isEqualTo("1999-00");
	}

	@Test
	void startEndAndPeriods() {
		FinancialYear year = FinancialYear.parse("2023-24");
		assertThat(year.start()).isEqualTo(LocalDate.of(2023, 4, 1));
		assertThat(year.end()).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(year.period(LocalDate.of(2023, 4, 30))).isEqualTo(1);
		assertThat(year.period(LocalDate.of(2023, 12, 1))).isEqualTo(9);
		assertThat(year.period(LocalDate.of(2024, 3, 1))).isEqualTo(12);
	}

	@Test
	void labelMustNameConsecutiveYears() {
		assertThatIllegalArgumentException().isThrownBy(() -> FinancialYear.parse("2023-25"));
		assertThatIllegalArgumentException().isThrownBy(() -> FinancialYear.parse("2023/24"));
	}

}
