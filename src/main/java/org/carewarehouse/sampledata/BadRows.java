package org.carewarehouse.sampledata;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.carewarehouse.calendar.FinancialYear;

/**
 * Rows a data contract must reject, four to a file, each kind in several councils' files:
 * a failing NHS number check digit, an end before its start, an unknown service type, no
 * person id, an impossible date, a cost that is not a number, an unknown event type.
 */
final class BadRows {

	static final int PER_FILE = 4;

	private static final List<UnaryOperator<List<String>>> KINDS = List.of(set(3, "9990000017"), set(21, "2020-01-01"),
			set(26, "Long Term Support: Space Station"), set(4, ""), set(20, "2023-02-30"), set(30, "£abc"),
			set(18, "Referral"));

	private final CouncilSample sample;

	BadRows(CouncilSample sample) {
		this.sample = sample;
	}

	void generate() throws IOException {
		int council = Council.ALL.indexOf(this.sample.council);
		for (FinancialYear year : Extracts.YEARS) {
			for (int i = 0; i < PER_FILE; i++) {
				Person person = this.sample.ids.person(70, year.start(), CareHomeCosts.PHYSICAL);
				Event valid = Event.service(person, year.start().plusDays(30), null, "Long Term Support: Community",
						"Home Support", this.sample.provider(300), "External", new BigDecimal("23.00"), "Hourly",
						BigDecimal.TEN);
				List<String> row = new ArrayList<>(
						this.sample.out.row(year, valid, this.sample.council.prefix() + "-BAD"));
				this.sample.out.writeRaw(year, KINDS.get((council * 2 + i) % KINDS.size()).apply(row));
			}
		}
	}

	private static UnaryOperator<List<String>> set(int column, String value) {
		return (row) -> {
			row.set(column, value);
			return row;
		};
	}

}
