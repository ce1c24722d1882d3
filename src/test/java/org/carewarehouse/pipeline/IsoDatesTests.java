package org.carewarehouse.pipeline;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ISO dates read by hand, and everything else left to the contract's formatters.
 */
class IsoDatesTests {

	@Test
	void readsRealDatesIncludingLeapDays() {
		assertThat(IsoDates.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(IsoDates.parse("1948-07-01")).isEqualTo(LocalDate.of(1948, 7, 1));
		assertThat(IsoDates.parse("2023-12-31")).isEqualTo(LocalDate.of(2023, 12, 31));
	}

	@Test
	void leavesDatesThatDoNotExistToTheFormatters() {
		assertThat(IsoDates.parse("2023-02-29")).isNull();
		assertThat(IsoDates.parse("2024-04-31")).isNull();
		assertThat(IsoDates.parse("2024-13-01")).isNull();
		assertThat(IsoDates.parse("2024-00-10")).isNull();
	}

	@Test
	void leavesOtherShapesToTheFormatters() {
		assertThat(IsoDates.parse("01/04/2023")).isNull();
		assertThat(IsoDates.parse("2023-4-01")).isNull();
		assertThat(IsoDates.parse("2023-04-1x")).isNull();
		assertThat(IsoDates.parse("+023-04-01")).isNull();
		assertThat(IsoDates.parse("2023-04-011")).isNull();
		assertThat(IsoDates.parse("2023/04/01")).isNull();
	}

}
