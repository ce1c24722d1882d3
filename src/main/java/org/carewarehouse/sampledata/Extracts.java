package org.carewarehouse.sampledata;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVPrinter;
import org.carewarehouse.calendar.FinancialYear;
import org.jspecify.annotations.Nullable;

/**
 * A council's extracts, one file per financial year and source system: each event goes to
 * every year's file whose reporting period it overlaps, as real CLD submissions do. Some
 * councils write their latest year in the Release 2 spellings, and one resubmits its
 * latest year: its first file is superseded by a corrected one named to sort after it.
 */
final class Extracts implements Closeable {

	static final List<FinancialYear> YEARS = List.of(new FinancialYear(2022), new FinancialYear(2023));

	static final FinancialYear LATEST = YEARS.get(YEARS.size() - 1);

	static final String[] SERVICES_HEADER = CsvFiles.headings("adult-services");

	/** Councils whose latest year's services file uses the Release 2 spellings. */
	static final Set<String> RELEASE_2 = Set.of("E08000015", "E10000020", "E10000015");

	/** The council that resubmits its latest year ({@code services-<GSS>-<year>-r2}). */
	static final String RESUBMITTING = "E08000014";

	private static final int EVENT_TYPE = 18;

	private static final int START = 20;

	private static final int END = 21;

	private static final String[] DISCHARGES_HEADER = { "LA code", "NHS Number", "LA Person Unique Identifier",
			"Discharge Date", "Emergency Readmission Date" };

	private final Council council;

	private final List<CSVPrinter> services = new ArrayList<>();

	private final List<CSVPrinter> discharges = new ArrayList<>();

	private final @Nullable CSVPrinter resubmission;

	private long nextReference;

	Extracts(Path root, Council council, CsvFiles files) throws IOException {
		this.council = council;
		for (FinancialYear year : YEARS) {
			String suffix = council.gss() + "-" + year.label();
			this.services.add(files.create(root.resolve("case-management"), "services-" + suffix, SERVICES_HEADER));
			this.discharges
				.add(files.create(root.resolve("nhs-partner"), "hospital-discharges-" + suffix, DISCHARGES_HEADER));
		}
		this.resubmission = council.gss().equals(RESUBMITTING) ? files.create(root.resolve("case-management"),
				"services-" + council.gss() + "-" + LATEST.label() + "-r2", SERVICES_HEADER) : null;
	}

	/** Writes an event to each file up to {@code lastFile} whose year it overlaps. */
	String write(Event event, FinancialYear lastFile) throws IOException {
		String reference = String.format(Locale.ROOT, "%s-E%07d", this.council.prefix(), ++this.nextReference);
		for (int i = 0; i <= YEARS.indexOf(lastFile); i++) {
			FinancialYear year = YEARS.get(i);
			if (!event.start().isAfter(year.end()) && (event.end() == null || !event.end().isBefore(year.start()))) {
				print(i, row(year, event, reference));
			}
		}
		return reference;
	}

	void discharge(Person person, LocalDate discharged, @Nullable LocalDate readmitted) throws IOException {
		int year = YEARS.indexOf(FinancialYear.containing(discharged));
		if (year >= 0) {
			this.discharges.get(year)
				.printRecord(this.council.gss(), person.nhsNumber(), person.localId(), discharged,
						(readmitted != null) ? readmitted : "");
		}
	}

	/**
	 * Writes a row as given, to a resubmission as well as to the file it replaces: for
	 * the deliberately broken rows.
	 */
	void writeRaw(FinancialYear year, List<String> row) throws IOException {
		List<String> spelt = spelling(year, row);
		this.services.get(YEARS.indexOf(year)).printRecord(spelt);
		if (this.resubmission != null && year.equals(LATEST)) {
			this.resubmission.printRecord(spelt);
		}
	}

	private List<String> spelling(FinancialYear year, List<String> row) {
		return (year.equals(LATEST) && RELEASE_2.contains(this.council.gss())) ? Release2Spellings.respell(row) : row;
	}

	private void print(int year, List<String> row) throws IOException {
		boolean latest = YEARS.get(year).equals(LATEST);
		List<String> spelt = spelling(YEARS.get(year), row);
		if (latest && this.resubmission != null) {
			this.resubmission.printRecord(spelt);
			List<String> first = firstSubmission(YEARS.get(year), spelt);
			if (first != null) {
				this.services.get(year).printRecord(first);
			}
		}
		else {
			this.services.get(year).printRecord(spelt);
		}
	}

	/**
	 * A row as the first submission of a period held it, made before the last weeks of
	 * the period were keyed in: events starting in its last 7 days are missing and
	 * services ending in its last 14 days are still open, without an outcome.
	 */
	private static @Nullable List<String> firstSubmission(FinancialYear year, List<String> row) {
		if (LocalDate.parse(row.get(START)).isAfter(year.end().minusDays(7))) {
			return null;
		}
		String end = row.get(END);
		if (row.get(EVENT_TYPE).equals("Service") && !end.isEmpty()
				&& LocalDate.parse(end).isAfter(year.end().minusDays(14))
				&& !LocalDate.parse(end).isAfter(year.end())) {
			List<String> open = new ArrayList<>(row);
			open.set(END, "");
			open.set(Release2Spellings.OUTCOME, "");
			return open;
		}
		return row;
	}

	List<String> row(FinancialYear year, Event event, String reference) {
		Person p = event.person();
		List<String> row = new ArrayList<>(List.of(this.council.gss(), year.start().toString(), year.end().toString(),
				p.nhsNumber(), p.localId(), p.firstName(), p.lastName(), p.gender(), p.ethnicity(),
				p.dateOfBirth().toString(), text(p.dateOfDeath()), event.clientType(), p.supportReason(), p.postcode(),
				p.accommodation(), p.employment(), "No", "Fully Council Funded", event.eventType(), reference,
				event.start().toString(), text(event.end()), text(event.outcome()), text(event.route())));
		row.addAll(List.of("", "", text(event.serviceType()), text(event.component()), text(event.deliveryMechanism()),
				text(event.providerId()), text(event.unitCost()), text(event.frequency()), text(event.plannedUnits()),
				text(event.providerType())));
		return row;
	}

	@Override
	public void close() throws IOException {
		for (CSVPrinter printer : this.services) {
			printer.close();
		}
		for (CSVPrinter printer : this.discharges) {
			printer.close();
		}
		if (this.resubmission != null) {
			this.resubmission.close();
		}
	}

	private static String text(@Nullable Object value) {
		return (value != null) ? value.toString() : "";
	}

}
