package org.carewarehouse.sampledata;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;

/**
 * The sample's subnational population projections in the MYEB1 layout
 * ({@code snpp-2018.csv}, a column per projected year): the 2023 estimate carried along a
 * steady trend (children and working-age adults falling, people 65+ rising), except where
 * a council paper published a projected figure. Sefton's adults 18-64 are shaped so that
 * the prevalence reference gives its market position statement's people with a learning
 * disability (3,799 in 2019 and 3,594 in 2030; moderate or severe 861 and 824), and
 * Cheshire East's 65+ grow by 32.4% from 2023 to 2035, its day opportunities report's
 * rise in older people's demand.
 */
final class PopulationProjections {

	static final List<Integer> MID_YEARS = List.of(2019, 2023, 2025, 2030, 2035);

	static final String LEARNING_DISABILITY = "Learning disability";

	static final String MODERATE_OR_SEVERE = "Learning disability: moderate or severe";

	private final Map<Integer, List<Population.Row>> byYear = new LinkedHashMap<>();

	private final List<Rate> rates = rates();

	record Rate(String condition, int sex, int from, int to, double rate) {

	}

	PopulationProjections(Population population) {
		List<Population.Row> base = population.rows(2023);
		for (int year : MID_YEARS) {
			List<Population.Row> rows = new ArrayList<>();
			for (Population.Row row : base) {
				rows.add(Population.withPeople(row, Math.round(row.people() * trend(row.age(), year))));
			}
			this.byYear.put(year, rows);
		}
		learningDisability(2019, 3_799, 861);
		learningDisability(2030, 3_594, 824);
		long older = people("E06000049", 2023, 65, 90);
		Population.rescale(this.byYear.get(2035), "E06000049", 65, 90, Math.round(older * 1.324));
	}

	/**
	 * People of a council in an age range at a projected mid-year.
	 */
	long people(String council, int midYear, int minAge, int maxAge) {
		return this.byYear.get(midYear)
			.stream()
			.filter((r) -> r.council().equals(council) && r.age() >= minAge && r.age() <= maxAge)
			.mapToLong(Population.Row::people)
			.sum();
	}

	/**
	 * People of a council projected to have a condition at a mid-year, unrounded.
	 */
	double prevalence(String council, int midYear, String condition) {
		return this.byYear.get(midYear)
			.stream()
			.filter((r) -> r.council().equals(council))
			.mapToDouble((r) -> r.people() * rate(condition, r.sex(), r.age()))
			.sum();
	}

	void write(Path folder, CsvFiles files) throws IOException {
		List<String> header = new ArrayList<>(List.of("ladcode21", "laname21", "country", "sex", "age"));
		MID_YEARS.forEach((year) -> header.add("population_" + year));
		try (CSVPrinter out = files.create(folder, "snpp-2018", header.toArray(String[]::new))) {
			List<Population.Row> first = this.byYear.get(MID_YEARS.get(0));
			for (int i = 0; i < first.size(); i++) {
				Population.Row row = first.get(i);
				List<Object> values = new ArrayList<>(
						List.of(row.district(), row.name(), row.country(), row.sex(), row.age()));
				for (int year : MID_YEARS) {
					values.add(this.byYear.get(year).get(i).people());
				}
				out.printRecord(values);
			}
		}
	}

	private static double trend(int age, int year) {
		double slope = (age < 18) ? -0.003 : (age < 65) ? -0.002 : 0.02;
		return 1 + slope * (year - 2023);
	}

	/**
	 * Sets Sefton's 18-34 and 35-64 totals so that both conditions' projected people meet
	 * the paper's figures: two equations in the two totals, each band keeping its ages'
	 * shares.
	 */
	private void learningDisability(int year, long all, long moderateOrSevere) {
		double[] younger = bandRates(year, 18, 34);
		double[] older = bandRates(year, 35, 64);
		double determinant = younger[0] * older[1] - older[0] * younger[1];
		double youngerTotal = (all * older[1] - moderateOrSevere * older[0]) / determinant;
		double olderTotal = (younger[0] * moderateOrSevere - younger[1] * all) / determinant;
		Population.rescale(this.byYear.get(year), "E08000014", 18, 34, Math.round(youngerTotal));
		Population.rescale(this.byYear.get(year), "E08000014", 35, 64, Math.round(olderTotal));
	}

	/**
	 * Sefton's average rate of each condition over an age range, weighted by its people.
	 */
	private double[] bandRates(int year, int minAge, int maxAge) {
		double people = 0;
		double[] weighted = new double[2];
		for (Population.Row row : this.byYear.get(year)) {
			if (row.council().equals("E08000014") && row.age() >= minAge && row.age() <= maxAge) {
				people += row.people();
				weighted[0] += row.people() * rate(LEARNING_DISABILITY, row.sex(), row.age());
				weighted[1] += row.people() * rate(MODERATE_OR_SEVERE, row.sex(), row.age());
			}
		}
		return new double[] { weighted[0] / people, weighted[1] / people };
	}

	private double rate(String condition, int sex, int age) {
		return this.rates.stream()
			.filter((r) -> r.condition().equals(condition) && r.sex() == sex && age >= r.from() && age <= r.to())
			.mapToDouble(Rate::rate)
			.findFirst()
			.orElse(0);
	}

	private static List<Rate> rates() {
		List<Rate> rates = new ArrayList<>();
		try (Reader reader = new InputStreamReader(
				new ClassPathResource("warehouse/reference/prevalence.csv").getInputStream(), StandardCharsets.UTF_8)) {
			for (CSVRecord record : CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				rates.add(new Rate(record.get("condition"), Integer.parseInt(record.get("sex")),
						Integer.parseInt(record.get("age_from")), Integer.parseInt(record.get("age_to")),
						Double.parseDouble(record.get("rate"))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rates;
	}

}
