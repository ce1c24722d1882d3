package org.carewarehouse.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVPrinter;
import org.carewarehouse.calendar.FinancialYear;

/**
 * The adult social care workforce as ASC-WDS workplace and worker files, one pair a March
 * snapshot. Shares are met exactly: Sefton's are its published figures (vacancy rate
 * 8.1%, relevant qualification 54%, aged 55 and over 28%); the others vary round them.
 */
final class WorkforceActivity {

	private static final List<String> SERVICES = List.of("Care home services with nursing",
			"Care home services without nursing", "Domiciliary care services", "Supported living services",
			"Day care and day services");

	private static final List<String> ROLES = List.of("Care Worker", "Care Worker", "Care Worker", "Senior Care Worker",
			"Support Worker", "Registered Nurse", "Registered Manager", "Activities Worker", "Ancillary Staff");

	private static final List<String> CONTRACTS = List.of("Permanent", "Permanent", "Permanent", "Permanent",
			"Permanent", "Permanent", "Temporary", "Bank or Pool", "Agency", "Other");

	private static final List<String> NATIONALITIES = List.of("British", "British", "British", "British", "British",
			"British", "British", "EU", "Non-EU", "Non-EU");

	private final Council council;

	private final Draws draws;

	WorkforceActivity(Council council, SplittableRandom random) {
		this.council = council;
		this.draws = new Draws(random);
	}

	void generate(Population population, Path root, CsvFiles files) throws IOException {
		int index = Council.ALL.indexOf(this.council);
		double vacancy = (index == 0) ? 0.081 : 0.07 + 0.004 * index;
		double qualified = (index == 0) ? 0.54 : 0.46 + 0.012 * index;
		double older = (index == 0) ? 0.28 : 0.24 + 0.008 * index;
		for (FinancialYear year : Extracts.YEARS) {
			LocalDate snapshot = year.end();
			int workers = (int) (population.people(this.council.gss(), year.startYear(), 65, 90) / 40);
			List<Integer> sizes = sizes(workers);
			long vacancies = Math.round(vacancy * workers / (1 - vacancy));
			String suffix = this.council.gss() + "-" + snapshot.toString().substring(0, 7);
			try (CSVPrinter places = files.createFor(root.resolve("workforce"), "workplaces-" + suffix,
					"workforce-workplaces");
					CSVPrinter people = files.createFor(root.resolve("workforce"), "workers-" + suffix,
							"workforce-workers")) {
				int worker = 0;
				for (int w = 0; w < sizes.size(); w++) {
					String place = String.format(Locale.ROOT, "%s-W%04d", this.council.prefix(), w + 1);
					int permTemp = 0;
					for (int i = 0; i < sizes.get(w); i++, worker++) {
						String contract = this.draws.pick(CONTRACTS);
						permTemp += (contract.equals("Permanent") || contract.equals("Temporary")) ? 1 : 0;
						int age = exact(worker, workers, older) ? this.draws.between(55, 68)
								: this.draws.between(18, 54);
						LocalDate birth = LocalDate.of(snapshot.getYear() - age, this.draws.between(1, 12),
								this.draws.between(1, 28));
						people.printRecord(this.council.gss(), place, snapshot,
								String.format(Locale.ROOT, "%s-%06d", place, i + 1), this.draws.pick(ROLES), contract,
								this.draws.between(8, 40), snapshot.getYear() - this.draws.between(0, age - 17),
								ChildrenActivity.dfe(birth), this.draws.chance(0.8) ? "Female" : "Male",
								this.draws.pick(NATIONALITIES), exact(worker, workers, qualified) ? "Yes" : "No");
					}
					long placeVacancies = vacancies * (w + 1) / sizes.size() - vacancies * w / sizes.size();
					places.printRecord(this.council.gss(), place, snapshot, SERVICES.get(w % SERVICES.size()),
							(w % SERVICES.size() == 4) ? "No" : "Yes",
							(w % 10 == 0) ? "Local authority" : "Independent", permTemp, placeVacancies,
							Math.round(permTemp * 0.3), Math.round(permTemp * 0.29));
				}
			}
		}
	}

	/**
	 * Whether worker {@code i} of {@code n} is one of the first share of them, spread
	 * evenly: exactly round(share x n) are.
	 */
	private static boolean exact(int i, int n, double share) {
		return Math.round(share * (i + 1)) > Math.round(share * i);
	}

	private List<Integer> sizes(int workers) {
		List<Integer> sizes = new ArrayList<>();
		int left = workers;
		while (left > 0) {
			int size = Math.min(left, this.draws.between(6, 60));
			sizes.add(size);
			left -= size;
		}
		return sizes;
	}

}
