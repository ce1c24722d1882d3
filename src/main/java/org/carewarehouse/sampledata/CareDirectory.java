package org.carewarehouse.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.commons.csv.CSVPrinter;

/**
 * A synthetic extract in the layout of the CQC care directory
 * ({@code market/cqc-locations-sample.csv}): every care home the sample's services name
 * (short stays at locations 1 and 2, long-term stays at 10 to 39) with registered beds,
 * and the home support providers (300 to 324) with none. Sefton's 32 homes have 2,913
 * beds, so that at the 88% occupancy assumption about 1,000 of the occupied beds are not
 * council-funded (its market position statement's estimate of self-funders); elsewhere
 * four beds for every hundred people 65 and over.
 */
final class CareDirectory {

	private static final long SEFTON_BEDS = 2_913;

	private static final int CARE_HOMES = 32;

	private final Population population;

	CareDirectory(Population population) {
		this.population = population;
	}

	void write(Path root, CsvFiles files) throws IOException {
		try (CSVPrinter out = files.createFor(root.resolve("market"), "cqc-locations-sample", "cqc-care-directory")) {
			for (Council council : Council.ALL) {
				long beds = council.gss().equals("E08000014") ? SEFTON_BEDS
						: Math.round(this.population.people(council.gss(), 2023, 65, 90) * 0.04);
				for (int home = 0; home < CARE_HOMES; home++) {
					int number = (home < 2) ? home + 1 : home + 8;
					long share = beds / CARE_HOMES + ((home < beds % CARE_HOMES) ? 1 : 0);
					out.printRecord(location(council, number), council.name() + " Care Home " + number + " (synthetic)",
							"Y", share, council.name(), (home % 3 == 0) ? "Y" : "", (home % 3 == 0) ? "" : "Y", "", "");
				}
				for (int number = 300; number < 325; number++) {
					out.printRecord(location(council, number), council.name() + " Home Care " + number + " (synthetic)",
							"N", "", council.name(), "", "", "Y", "");
				}
			}
		}
	}

	/** The location id the council's sample services quote (CouncilSample.provider). */
	private static String location(Council council, int number) {
		return String.format(Locale.ROOT, "1-%03d%06d", Council.ALL.indexOf(council) + 100, number);
	}

}
