package org.carewarehouse.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed sample (the generator's output, as {@link SampleDataGeneratorTests}
 * checks) holds the hard cases in every council, in the numbers its README states: one
 * unit for every 25,000 people aged 65 and over.
 */
class HardCasesTests {

	private static final Path FILES = Path.of("sample-data/case-management");

	private static final int REFERENCE = 19;

	private static final int PERSON = 4;

	private static final int DEATH = 10;

	private static final int EVENT_TYPE = 18;

	private static final int START = 20;

	private static final int END = 21;

	private static final int SERVICE_TYPE = 26;

	@Test
	void servicesOpenOn31March2023AndAbsentFromTheNextFileAreThreeUnits() throws IOException {
		for (Council council : Council.ALL) {
			Set<String> next = rows(latest(council)).stream().map((r) -> r.get(REFERENCE)).collect(Collectors.toSet());
			long vanished = rows(file(council, "2022-23")).stream()
				.filter((r) -> r.get(EVENT_TYPE).equals("Service") && !r.get(REFERENCE).endsWith("-BAD"))
				.filter((r) -> r.get(END).isEmpty() || LocalDate.parse(r.get(END)).isAfter(LocalDate.of(2023, 3, 31)))
				.filter((r) -> !next.contains(r.get(REFERENCE)))
				.count();
			assertThat(vanished).as(council.name()).isEqualTo(3L * unit(council));
		}
	}

	@Test
	void deathsWhileAServiceIsOpenAreThreeUnitsOfHardCasePeople() throws IOException {
		for (Council council : Council.ALL) {
			long died = rows(latest(council)).stream()
				.filter((r) -> r.get(EVENT_TYPE).equals("Service") && !r.get(DEATH).isEmpty())
				.filter((r) -> Integer.parseInt(r.get(PERSON).substring(3)) > HardCases.FIRST_ID)
				.filter((r) -> r.get(END).isEmpty()
						|| LocalDate.parse(r.get(END)).isAfter(LocalDate.parse(r.get(DEATH))))
				.filter((r) -> !r.get(SERVICE_TYPE).toLowerCase().contains("st-max"))
				.count();
			assertThat(died).as(council.name()).isEqualTo(3L * unit(council));
		}
	}

	@Test
	void doubleUpCareIsTwoRowsOfOneUniqueEvent() throws IOException {
		for (Council council : Council.ALL) {
			Map<String, Integer> rowsPerEvent = new HashMap<>();
			for (CSVRecord r : rows(latest(council))) {
				if (r.get(EVENT_TYPE).equals("Service") && !r.get(REFERENCE).endsWith("-BAD")) {
					rowsPerEvent.merge(String.join("|", r.get(PERSON), r.get(START), r.get(SERVICE_TYPE), r.get(27)), 1,
							Integer::sum);
				}
			}
			long twice = rowsPerEvent.values().stream().filter((n) -> n == 2).count();
			assertThat(twice).as(council.name()).isGreaterThanOrEqualTo(unit(council));
		}
	}

	@Test
	void someCouncilsSpellTheLatestYearAsRelease2() throws IOException {
		for (Council council : Council.ALL) {
			List<String> types = rows(latest(council)).stream()
				.filter((r) -> r.get(EVENT_TYPE).equals("Service") && !r.get(REFERENCE).endsWith("-BAD"))
				.map((r) -> r.get(SERVICE_TYPE))
				.distinct()
				.toList();
			if (Extracts.RELEASE_2.contains(council.gss())) {
				assertThat(types).as(council.name())
					.contains("Long term support: Nursing care", "Short term support: ST-Max")
					.doesNotContain("Long Term Support: Nursing Care");
			}
			else {
				assertThat(types).as(council.name()).contains("Long Term Support: Nursing Care");
			}
		}
	}

	/**
	 * The first 2023-24 submission of the resubmitting council lacks the events starting
	 * in the last 7 days of March and holds the services ending in its last 14 days open;
	 * otherwise it is the resubmission.
	 */
	@Test
	void theFirstSubmissionIsTheResubmissionBeforeLateMarchWasKeyedIn() throws IOException {
		Council sefton = Council.ALL.get(0);
		List<CSVRecord> first = rows(file(sefton, "2023-24"));
		List<CSVRecord> second = rows(latest(sefton));
		List<List<String>> expected = second.stream()
			.filter((r) -> r.getRecordNumber() == 1 || r.get(REFERENCE).endsWith("-BAD")
					|| LocalDate.parse(r.get(START)).isBefore(LocalDate.of(2024, 3, 25)))
			.map((r) -> {
				List<String> row = new java.util.ArrayList<>(r.toList());
				if (r.getRecordNumber() > 1 && !r.get(REFERENCE).endsWith("-BAD") && r.get(EVENT_TYPE).equals("Service")
						&& !r.get(END).isEmpty() && r.get(END).compareTo("2024-03-17") > 0
						&& r.get(END).compareTo("2024-03-31") <= 0) {
					row.set(END, "");
					row.set(22, "");
				}
				return row;
			})
			.toList();
		assertThat(first.stream().map(CSVRecord::toList).toList()).isEqualTo(expected);
		assertThat(second.size() - first.size()).isPositive();
	}

	private static long unit(Council council) {
		return Math.max(1, Math.round(Population.load().people(council.gss(), 2023, 65, 90) / 25_000.0));
	}

	private static Path latest(Council council) {
		Path resubmitted = file(council, "2023-24-r2");
		return council.gss().equals(Extracts.RESUBMITTING) ? resubmitted : file(council, "2023-24");
	}

	private static Path file(Council council, String period) {
		return FILES.resolve("services-" + council.gss() + "-" + period + ".csv.gz");
	}

	private static List<CSVRecord> rows(Path file) throws IOException {
		return SampleDataGeneratorTests.rows(file);
	}

}
