package org.carewarehouse.sampledata;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVPrinter;

/**
 * Synthetic national files in NHS England's published layouts ({@code national/}): the
 * ASC-FR data file and the ASCOF measures file for 2023-24, for 152 councils: the
 * sample's ten and 142 invented ones (GSS codes E99000001 to E99000142, named "Synthetic
 * council 001" and so on), every value invented. Care home unit costs rise with a
 * council's base weekly fee in the same proportions everywhere, so they rank as the bases
 * do: Sefton's (520) is above only two invented councils' (470 and 495), so it ranks
 * 150th of 152, as its market position statement reports.
 */
final class NationalFiles {

	static final String YEAR = "2023-24";

	private static final int INVENTED = 142;

	private static final List<String> SETTINGS = List.of("Residential", "Nursing");

	private static final List<String> AGE_BANDS = List.of("18 to 64", "65 and over");

	private static final List<String> REASONS = List.of("Physical Support", "Learning Disability Support");

	private static final List<String> PROVISIONS = List.of("In House", "External");

	private final Population population;

	NationalFiles(Population population) {
		this.population = population;
	}

	void write(java.nio.file.Path root, CsvFiles files) throws IOException {
		List<Area> areas = areas();
		try (CSVPrinter out = files.createFor(root.resolve("national"), "asc-fr-" + YEAR, "ascfr-data-file")) {
			for (Area area : areas) {
				financeRows(out, area);
			}
			out.printRecord("E92000001", "ENGLAND", "Expenditure", "Gross current expenditure", "Total", "Total",
					"Residential", "Total", ":");
		}
		try (CSVPrinter out = files.createFor(root.resolve("national"), "ascof-" + YEAR, "ascof-measures")) {
			for (Area area : areas) {
				measureRows(out, area);
			}
		}
	}

	/**
	 * Weeks of care a council buys in each setting and band, per unit of size, its weekly
	 * fee as a multiple of its base, and the shares of support reasons and provision.
	 */
	private static void financeRows(CSVPrinter out, Area area) throws IOException {
		for (String setting : SETTINGS) {
			for (String band : AGE_BANDS) {
				boolean older = band.startsWith("65");
				boolean residential = setting.equals("Residential");
				double weeks = area.size() * (older ? (residential ? 10_000 : 5_000) : (residential ? 2_000 : 300));
				double fee = area.base() * (older ? (residential ? 1.0 : 1.25) : (residential ? 2.0 : 1.8));
				for (String provision : PROVISIONS) {
					long totalWeeks = 0;
					long totalSpend = 0;
					for (String reason : REASONS) {
						double reasonShare = reason.startsWith("Physical") ? (older ? 0.8 : 0.3) : (older ? 0.2 : 0.7);
						long cellWeeks = Math.round(weeks * reasonShare * (provision.equals("In House") ? 0.1 : 0.9));
						long cellSpend = Math.round(cellWeeks * fee / 1000);
						row(out, area, "Expenditure", "Gross current expenditure", band, reason, setting, provision,
								cellSpend);
						row(out, area, "Activity", "Weeks of care", band, reason, setting, provision, cellWeeks);
						totalWeeks += cellWeeks;
						totalSpend += cellSpend;
					}
					row(out, area, "Expenditure", "Gross current expenditure", band, "Total", setting, provision,
							totalSpend);
					row(out, area, "Activity", "Weeks of care", band, "Total", setting, provision, totalWeeks);
				}
			}
		}
	}

	private static void row(CSVPrinter out, Area area, String type, String description, String band, String reason,
			String setting, String provision, long value) throws IOException {
		out.printRecord(area.gss(), area.name().toUpperCase(Locale.ROOT), type, description, band, reason, setting,
				provision, value);
	}

	/**
	 * 2B and 2C (admissions per 100,000 aged 18-64 and 65+), 2A (short-term support with
	 * no further request, %) and 3D2A (direct payments, %): numerator, denominator and
	 * outcome, rounded as NHS England publishes them.
	 */
	private static void measureRows(CSVPrinter out, Area area) throws IOException {
		long adults = area.people1864();
		long older = area.people65();
		measure(out, area, "2B",
				"Long-term support needs of younger adults (aged 18-64) met by admission to "
						+ "residential and nursing care homes, per 100,000 population",
				Math.round(adults * area.adm1864() / 1e5), adults, 100_000);
		measure(out, area, "2C",
				"Long-term support needs of older adults (aged 65 and over) met by admission to "
						+ "residential and nursing care homes, per 100,000 population",
				Math.round(older * area.adm65() / 1e5), older, 100_000);
		long shortTerm = Math.round(older / 400.0);
		measure(out, area, "2A",
				"Proportion of people who received short-term services during the year, where no "
						+ "further request was made for ongoing support",
				Math.round(shortTerm * area.share(0.6, 0.2)), shortTerm, 100);
		long community = Math.round((adults + older) / 300.0);
		measure(out, area, "3D2A", "Proportion of people who use services who receive direct payments",
				Math.round(community * area.share(0.15, 0.2)), community, 100);
	}

	private static void measure(CSVPrinter out, Area area, String code, String description, long numerator,
			long denominator, int multiplier) throws IOException {
		String outcome = String.format(Locale.ROOT, "%.1f", java.math.BigDecimal.valueOf(numerator * multiplier)
			.divide(java.math.BigDecimal.valueOf(denominator), 1, java.math.RoundingMode.HALF_UP));
		for (List<Object> row : List.of(List.<Object>of("Numerator", numerator),
				List.<Object>of("Denominator", denominator), List.<Object>of("Outcome", outcome))) {
			out.printRecord(area.cassr(), area.name(), "Council", area.gss(), code, "Total", row.get(0), row.get(1),
					code, description);
		}
	}

	private List<Area> areas() {
		List<Area> areas = new ArrayList<>();
		for (Council council : Council.ALL) {
			int index = Council.ALL.indexOf(council);
			long adults = this.population.people(council.gss(), 2023, 18, 64);
			long older = this.population.people(council.gss(), 2023, 65, 90);
			areas.add(new Area(council.gss(), council.dfeCode(), council.name(), (index == 0) ? 520 : 600 + index * 23,
					older / 50_000.0, adults, older, council.admissions1864(), council.admissions65(), index));
		}
		for (int i = 1; i <= INVENTED; i++) {
			int base = (i == INVENTED - 1) ? 470 : (i == INVENTED) ? 495 : 600 + (i * 37 % 140) * 3;
			double size = 0.4 + (i * 29 % 31) / 10.0;
			areas.add(new Area(String.format(Locale.ROOT, "E99%06d", i), String.format(Locale.ROOT, "Z%03d", i),
					String.format(Locale.ROOT, "Synthetic council %03d", i), base, size, Math.round(size * 150_000),
					Math.round(size * 50_000), 8 + i * 13 % 20, 450 + i * 31 % 350, 10 + i));
		}
		return areas;
	}

	/**
	 * A council of the national files: its codes and name, the base weekly fee its care
	 * home costs are multiples of, its size (weeks of care scale), its populations and
	 * its admission rates.
	 */
	private record Area(String gss, String cassr, String name, int base, double size, long people1864, long people65,
			double adm1864, double adm65, int seed) {

		/** A share spread around a mean, the same for the same council every time. */
		double share(double mean, double spread) {
			return mean + spread * (((this.seed * 7919L) % 101) / 100.0 - 0.5);
		}

	}

}
