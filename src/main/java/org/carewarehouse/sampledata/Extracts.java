package org.carewarehouse.sampledata;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.carewarehouse.calendar.FinancialYear;
import org.jspecify.annotations.Nullable;

/**
 * A council's extracts, one file per financial year and source system: each event goes to
 * every year's file whose reporting period it overlaps, as real CLD submissions do.
 */
final class Extracts implements Closeable {

	static final List<FinancialYear> YEARS = List.of(new FinancialYear(2022), new FinancialYear(2023));

	static final String[] SERVICES_HEADER = { "LA code", "Reporting Period Start Date", "Reporting Period End Date",
			"NHS Number", "LA Person Unique Identifier", "First Name", "Last Name", "Gender", "Ethnicity",
			"Date of Birth", "Date of Death", "Client Type", "Primary Support Reason", "Postcode",
			"Accommodation Status", "Employment Status", "Has Unpaid Carer", "Client Funding Status", "Event Type",
			"Event Reference", "Event Start Date", "Event End Date", "Event Outcome", "Request: Route of Access",
			"Assessment Type", "Eligible Needs Identified", "Service Type", "Service Component", "Delivery Mechanism",
			"Provider CQC Location ID", "Unit Cost", "Cost Frequency (Unit Type)", "Planned units per week",
			"Provider Type" };

	private static final String[] DISCHARGES_HEADER = { "LA code", "NHS Number", "LA Person Unique Identifier",
			"Discharge Date", "Emergency Readmission Date" };

	private final Council council;

	private final List<CSVPrinter> services = new ArrayList<>();

	private final List<CSVPrinter> discharges = new ArrayList<>();

	private long nextReference;

	Extracts(Path root, Council council, CsvFiles files) throws IOException {
		this.council = council;
		for (FinancialYear year : YEARS) {
			String suffix = council.gss() + "-" + year.label();
			this.services.add(files.create(root.resolve("case-management"), "services-" + suffix, SERVICES_HEADER));
			this.discharges
				.add(files.create(root.resolve("nhs-partner"), "hospital-discharges-" + suffix, DISCHARGES_HEADER));
		}
	}

	String write(Event event) throws IOException {
		String reference = String.format("%s-E%07d", this.council.prefix(), ++this.nextReference);
		for (int i = 0; i < YEARS.size(); i++) {
			FinancialYear year = YEARS.get(i);
			if (!event.start().isAfter(year.end()) && (event.end() == null || !event.end().isBefore(year.start()))) {
				this.services.get(i).printRecord(row(year, event, reference));
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

	/** Writes a row as given: for the deliberately broken rows. */
	void writeRaw(FinancialYear year, List<String> row) throws IOException {
		this.services.get(YEARS.indexOf(year)).printRecord(row);
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
	}

	private static String text(@Nullable Object value) {
		return (value != null) ? value.toString() : "";
	}

}
