package org.carewarehouse.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.carewarehouse.calendar.FinancialYear;

/**
 * A Fingertips data export for the sample councils and England, with the site's full
 * header: two invented indicators (their ids are outside Fingertips' range and their
 * names say synthetic) computed from the real 65+ populations.
 */
final class FingertipsExtract {

	static final String[] HEADER = { "Indicator ID", "Indicator Name", "Parent Code", "Parent Name", "Area Code",
			"Area Name", "Area Type", "Sex", "Age", "Category Type", "Category", "Time period", "Value",
			"Lower CI 95.0 limit", "Upper CI 95.0 limit", "Lower CI 99.8 limit", "Upper CI 99.8 limit", "Count",
			"Denominator", "Value note", "Recent Trend", "Compared to England value or percentiles",
			"Compared to Counties & UAs (from Apr 2023) value or percentiles", "Compared to percentiles of",
			"Time period Sortable", "New data", "Compared to goal", "Time period range" };

	private record Indicator(int id, String name, double rate, double perCouncil, double multiplier) {
	}

	private static final List<Indicator> INDICATORS = List.of(
			new Indicator(999101, "Dementia: recorded prevalence, aged 65+ (synthetic)", 0.040, 0.0012, 100),
			new Indicator(999102, "Emergency admissions due to falls, aged 65+, per 100,000 (synthetic)", 0.021, 0.0011,
					100_000));

	private final Population population;

	FingertipsExtract(Population population) {
		this.population = population;
	}

	void write(Path root, CsvFiles files) throws IOException {
		try (CSVPrinter out = files.create(root.resolve("jsna"), "fingertips-sample", HEADER)) {
			for (Indicator indicator : INDICATORS) {
				for (FinancialYear year : Extracts.YEARS) {
					long englandCount = 0;
					long englandPeople = 0;
					List<List<String>> rows = new ArrayList<>();
					for (int i = 0; i < Council.ALL.size(); i++) {
						Council council = Council.ALL.get(i);
						long people = this.population.people(council.gss(), year.startYear(), 65, 90);
						long count = Math.round(people * (indicator.rate() + indicator.perCouncil() * (i - 4)));
						englandCount += count;
						englandPeople += people;
						rows.add(row(indicator, year, council.gss(), council.name(), council.region(), count, people));
					}
					out.printRecord(row(indicator, year, "E92000001", "England", "", englandCount, englandPeople));
					for (List<String> row : rows) {
						out.printRecord(row);
					}
				}
			}
		}
	}

	private static List<String> row(Indicator indicator, FinancialYear year, String code, String name, String region,
			long count, long people) {
		double value = count * indicator.multiplier() / people;
		double se95 = 1.96 * Math.sqrt(count) * indicator.multiplier() / people;
		double se998 = 3.09 * Math.sqrt(count) * indicator.multiplier() / people;
		boolean england = region.isEmpty();
		return List.of(String.valueOf(indicator.id()), indicator.name(), england ? "" : regionCode(region), region,
				code, name, england ? "England" : "Counties & UAs (from Apr 2023)", "Persons", "65+ yrs", "", "",
				year.label().replace('-', '/'), round(value), round(value - se95), round(value + se95),
				round(value - se998), round(value + se998), String.valueOf(count), String.valueOf(people), "",
				"Cannot be calculated", england ? "" : "Not compared", "", "", year.startYear() + "0000", "", "", "1y");
	}

	private static String regionCode(String region) {
		return region.equals(Council.NORTH_WEST) ? "E12000002" : "E12000006";
	}

	private static String round(double value) {
		return String.format(java.util.Locale.ROOT, "%.2f", value);
	}

}
