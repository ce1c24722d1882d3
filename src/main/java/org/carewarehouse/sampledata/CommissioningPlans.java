package org.carewarehouse.sampledata;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.commons.csv.CSVPrinter;

/**
 * The sample's commissioning plans ({@code commissioning/}): Cheshire East's three-tier
 * day opportunities model as its report sets it out (specialist 30% at 35-70 a day,
 * community 50% at 16 an hour or 48 a session, enablement 20% at up to 1,000 a person)
 * and its savings of 30,000, 70,000 and 150,000 over three years, placed here in 2023-24
 * to 2025-26 against the cost on 31 March 2023 so that the sample has months to track.
 */
final class CommissioningPlans {

	static final String PLAN = "Day opportunities three-tier model";

	private static final String CHESHIRE_EAST = "E06000049";

	void write(Path root, CsvFiles files) throws IOException {
		Path folder = root.resolve("commissioning");
		try (CSVPrinter out = files.createFor(folder, "plan-tiers-" + CHESHIRE_EAST, "commissioning-plan-tiers")) {
			out.printRecord(CHESHIRE_EAST, PLAN, "Day Support", "Specialist", "30", "Daily", "35.00", "70.00");
			out.printRecord(CHESHIRE_EAST, PLAN, "Day Support", "Community", "50", "Hourly", "0.00", "16.00");
			out.printRecord(CHESHIRE_EAST, PLAN, "Day Support", "Community", "50", "Per session", "0.00", "48.00");
			out.printRecord(CHESHIRE_EAST, PLAN, "Day Support", "Enablement", "20", "One-off", "0.00", "1000.00");
		}
		try (CSVPrinter out = files.createFor(folder, "plan-savings-" + CHESHIRE_EAST, "commissioning-plan-savings")) {
			out.printRecord(CHESHIRE_EAST, PLAN, "Day Support", "2023-24", "30000.00", "2023-03-31");
			out.printRecord(CHESHIRE_EAST, PLAN, "Day Support", "2024-25", "70000.00", "2023-03-31");
			out.printRecord(CHESHIRE_EAST, PLAN, "Day Support", "2025-26", "150000.00", "2023-03-31");
		}
	}

}
