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
	void yearChangesOnTheFirstOfApril() {
		assertThat(FinancialYear.containing(LocalDate.of(2024, 3, 31))).isEqualTo(new FinancialYear(2023));
		assertThat(FinancialYear.containing(LocalDate.of(2024, 4, 1))).isEqualTo(new FinancialYear(2024));
		assertThat(FinancialYear.containing(LocalDate.of(2024, 1, 1))).isEqualTo(new FinancialYear(2023));
		assertThat(FinancialYear.containing(LocalDate.of(2024, 12, 31))).isEqualTo(new FinancialYear(2024));
	}

	@Test
	void labelNamesBothYearsTheSecondInTwoDigits() {
		assertThat(new FinancialYear(2023).label()).isEqualTo("2023-24");
		assertThat(FinancialYear.containing(LocalDate.of(2024, 3, 31)).label()).isEqualTo("2023-24");
		assertThat(FinancialYear.containing(LocalDate.of(2024, 4, 1)).label()).isEqualTo("2024-25");
		assertThat(new FinancialYear(1999).label()).isEqualTo("1999-00");
		assertThat(new FinancialYear(2009)).hasToString("2009-10");
	}

	@Test
	void parseReadsALabel() {
		assertThat(FinancialYear.parse("2023-24")).isEqualTo(new FinancialYear(2023));
		assertThat(FinancialYear.parse("1999-00")).isEqualTo(new FinancialYear(1999));
	}

	@Test
	void parseRefusesYearsThatDoNotFollowOnOrOtherForms() {
		assertThatIllegalArgumentException().isThrownBy(() -> FinancialYear.parse("2023-25"))
			.withMessage("Not a financial year label: 2023-25");
		assertThatIllegalArgumentException().isThrownBy(() -> FinancialYear.parse("2023-23"));
		assertThatIllegalArgumentException().isThrownBy(() -> FinancialYear.parse("2023/24"));
		assertThatIllegalArgumentException().isThrownBy(() -> FinancialYear.parse("2023-2024"));
		assertThatIllegalArgumentException().isThrownBy(() -> FinancialYear.parse("23-24"));
	}

	@Test
	void parseRefusesAnythingButSevenAsciiCharactersAroundAHyphen() {
		for (String label : new String[] { "", "2023-2", "2023-24 ", " 2023-24", "2O23-24", "2023-2a", "2023+24",
				"２０２３-２４", "\u0662\u0660\u0662\u0663-24", "202--24" }) {
			assertThatIllegalArgumentException().as(label).isThrownBy(() -> FinancialYear.parse(label));
		}
	}

	@Test
	void everyLabelParsesBackToItsYear() {
		for (int start = 1000; start <= 9998; start++) {
			FinancialYear year = new FinancialYear(start);
			assertThat(year.label()).hasSize(7).startsWith(String.valueOf(start));
			assertThat(FinancialYear.parse(year.label())).isEqualTo(year);
		}
	}

	@Test
	void yearRunsFromTheFirstOfAprilToTheThirtyFirstOfMarch() {
		FinancialYear year = FinancialYear.parse("2023-24");
		assertThat(year.start()).isEqualTo(LocalDate.of(2023, 4, 1));
		assertThat(year.end()).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(new FinancialYear(2019).end()).as("2020 is a leap year but March still ends on the 31st")
			.isEqualTo(LocalDate.of(2020, 3, 31));
	}

	@Test
	void periodsCountMonthsFromApril() {
		FinancialYear year = FinancialYear.parse("2023-24");
		// April 1, May 2, ..., December 9, January 10, February 11, March 12
		int[] expected = { 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
		for (int month = 1; month <= 12; month++) {
			LocalDate date = LocalDate.of((month >= 4) ? 2023 : 2024, month, 15);
			assertThat(year.period(date)).as("period of %s", date).isEqualTo(expected[month - 1]);
		}
		assertThat(year.period(year.start())).isEqualTo(1);
		assertThat(year.period(year.end())).isEqualTo(12);
	}

}
