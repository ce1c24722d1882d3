package org.carewarehouse.sampledata;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.carewarehouse.calendar.FinancialYear;

/**
 * What a council's activity generators share: its identities, its extracts, its
 * population, and the adults with a learning disability in long-term support so far (the
 * learning disability cohort is sized last so that the paid share is exact).
 */
final class CouncilSample {

	static final LocalDate PERIOD_START = Extracts.YEARS.get(0).start();

	static final LocalDate PERIOD_END = Extracts.LATEST.end();

	static final FinancialYear LATEST = Extracts.LATEST;

	final Council council;

	final Identities ids;

	final Extracts out;

	final Population population;

	final int scale;

	/**
	 * Adults 18-64 on 31 March of the last year with a learning disability and long-term
	 * support in that year.
	 */
	final Set<String> learningDisabilityLongTerm = new HashSet<>();

	final FinanceBook finance;

	/**
	 * The reablement (ST-Max) services written so far, for the hard cases that give some
	 * of their people a second episode.
	 */
	final List<Event> reablements = new ArrayList<>();

	CouncilSample(Council council, Identities ids, Extracts out, Population population, int scale,
			FinanceBook finance) {
		this.finance = finance;
		this.council = council;
		this.ids = ids;
		this.out = out;
		this.population = population;
		this.scale = scale;
	}

	long people(FinancialYear year, int minAge, int maxAge) {
		return this.population.people(this.council.gss(), year.startYear(), minAge, maxAge);
	}

	/** A count for the sample: the calibrated number times the scale. */
	long scaled(double count) {
		return Math.round(count) * this.scale;
	}

	LocalDate dayIn(FinancialYear year) {
		return year.start().plusDays(this.ids.between(0, (int) (year.end().toEpochDay() - year.start().toEpochDay())));
	}

	String provider(int number) {
		return String.format(Locale.ROOT, "1-%03d%06d", Council.ALL.indexOf(this.council) + 100, number);
	}

	void write(Event event) throws IOException {
		write(event, LATEST);
	}

	/**
	 * Writes an event to the files of the years up to {@code lastFile} only: a service
	 * that the case management system stopped sending after that year's file, although no
	 * end date was ever recorded. The finance system saw it end with that year.
	 */
	void write(Event event, FinancialYear lastFile) throws IOException {
		boolean longTerm = event.serviceType() != null && event.serviceType().startsWith("Long Term");
		int age = java.time.Period.between(event.person().dateOfBirth(), LATEST.end()).getYears();
		if (longTerm && age >= 18 && age <= 64
				&& CareHomeCosts.LEARNING_DISABILITY.equals(event.person().supportReason())
				&& (event.end() == null || !event.end().isBefore(LATEST.start()))) {
			this.learningDisabilityLongTerm.add(event.person().localId());
		}
		String reference = this.out.write(event, lastFile);
		if (event.eventType().equals("Service")) {
			boolean vanished = event.end() == null && !lastFile.equals(LATEST);
			this.finance.service(vanished ? event.withEnd(lastFile.end()) : event, reference,
					java.time.Period.between(event.person().dateOfBirth(), event.start()).getYears());
		}
	}

}
