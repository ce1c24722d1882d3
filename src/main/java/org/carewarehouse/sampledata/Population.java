package org.carewarehouse.sampledata;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;

/**
 * The sample's mid-year population estimates in the ONS MYEB1 layout. Mid-2021 is the
 * real ONS estimate for the sample councils' districts; other years are that estimate
 * carried forward, except where a council paper published a figure for the year (Sefton
 * 2017 by band, Cheshire East 2020 aged 65+), which are met exactly by scaling the single
 * years of age within the band.
 */
final class Population {

	static final List<Integer> MID_YEARS = List.of(2017, 2020, 2021, 2022, 2023);

	/**
	 * A county council is the sum of its districts; other councils are their own
	 * district.
	 */
	private static final Map<String, String> COUNTY_OF_DISTRICT = counties();

	private final Map<Integer, List<Row>> byYear = new LinkedHashMap<>();

	record Row(String district, String name, String country, int sex, int age, long people) {

		String council() {
			return COUNTY_OF_DISTRICT.getOrDefault(this.district, this.district);
		}

	}

	private Population(List<Row> mid2021) {
		MID_YEARS.forEach((year) -> this.byYear.put(year, new ArrayList<>(mid2021)));
		rescale(2017, "E08000014", 18, 64, 157_400);
		rescale(2017, "E08000014", 65, 79, 46_517);
		rescale(2017, "E08000014", 80, 89, 17_617);
		rescale(2017, "E08000014", 90, 90, 3_300);
		rescale(2020, "E06000049", 65, 90, 89_500);
	}

	static Population load() {
		List<Row> rows = new ArrayList<>();
		try (Reader reader = new InputStreamReader(
				new ClassPathResource("sampledata/mye-2021-sample-districts.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			for (CSVRecord record : CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				rows.add(new Row(record.get(0), record.get(1), record.get(2), Integer.parseInt(record.get(3)),
						Integer.parseInt(record.get(4)), Long.parseLong(record.get(5))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Population(rows);
	}

	/**
	 * People of a council in an age range at a mid-year; years after the last estimate
	 * use the last.
	 */
	long people(String council, int midYear, int minAge, int maxAge) {
		int year = Math.min(midYear, MID_YEARS.get(MID_YEARS.size() - 1));
		return this.byYear.get(year)
			.stream()
			.filter((r) -> r.council().equals(council) && r.age() >= minAge && r.age() <= maxAge)
			.mapToLong(Row::people)
			.sum();
	}

	void write(Path folder, CsvFiles files) throws IOException {
		for (Map.Entry<Integer, List<Row>> year : this.byYear.entrySet()) {
			try (CSVPrinter out = files.create(folder, "mye-" + year.getKey(), "ladcode21", "laname21", "country",
					"sex", "age", "population_" + year.getKey())) {
				for (Row row : year.getValue()) {
					out.printRecord(row.district(), row.name(), row.country(), row.sex(), row.age(), row.people());
				}
			}
		}
	}

	/** The rows of a mid-year estimate, in file order. */
	List<Row> rows(int midYear) {
		return List.copyOf(this.byYear.get(midYear));
	}

	private void rescale(int year, String council, int minAge, int maxAge, long target) {
		rescale(this.byYear.get(year), council, minAge, maxAge, target);
	}

	/**
	 * Scales a band's single years so they sum to a published total, largest remainders
	 * first.
	 */
	static void rescale(List<Row> rows, String council, int minAge, int maxAge, long target) {
		List<Integer> band = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			if (row.council().equals(council) && row.age() >= minAge && row.age() <= maxAge) {
				band.add(i);
			}
		}
		long total = band.stream().mapToLong((i) -> rows.get(i).people()).sum();
		long assigned = 0;
		double[] remainders = new double[rows.size()];
		for (int i : band) {
			double exact = (double) rows.get(i).people() * target / total;
			long scaled = (long) Math.floor(exact);
			remainders[i] = exact - scaled;
			rows.set(i, withPeople(rows.get(i), scaled));
			assigned += scaled;
		}
		List<Integer> byRemainder = band.stream()
			.sorted(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparing((i) -> i))
			.toList();
		for (int k = 0; k < target - assigned; k++) {
			int i = byRemainder.get(k);
			rows.set(i, withPeople(rows.get(i), rows.get(i).people() + 1));
		}
	}

	static Row withPeople(Row row, long people) {
		return new Row(row.district(), row.name(), row.country(), row.sex(), row.age(), people);
	}

	private static Map<String, String> counties() {
		Map<String, String> counties = new LinkedHashMap<>();
		for (int i = 66; i <= 77; i++) {
			counties.put(String.format(Locale.ROOT, "E07%06d", i), "E10000012");
		}
		for (int i = 143; i <= 149; i++) {
			counties.put(String.format(Locale.ROOT, "E07%06d", i), "E10000020");
		}
		List.of("E07000200", "E07000202", "E07000203", "E07000244", "E07000245")
			.forEach((d) -> counties.put(d, "E10000029"));
		List.of("E07000095", "E07000096", "E07000098", "E07000099", "E07000102", "E07000103", "E07000240", "E07000241",
				"E07000242", "E07000243")
			.forEach((d) -> counties.put(d, "E10000015"));
		return counties;
	}

}
