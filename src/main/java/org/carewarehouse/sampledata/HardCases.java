package org.carewarehouse.sampledata;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import org.carewarehouse.calendar.FinancialYear;
import org.jspecify.annotations.Nullable;

/**
 * Ordinary events that break a naive reading of the CLD, in every council at a few per
 * cent of its activity and drawn from a random stream of their own. Each is placed so
 * that the national reading (DHSC's dashboard code) leaves the published figures where
 * the calibrated activity puts them: the care home stays began before the period (no
 * admission), end before 31 March 2024 once read correctly (no resident), and the
 * reablement episodes added to existing people start in the year they already started
 * one.
 * <ul>
 * <li>services open at the end of 2022-23 and absent from the 2023-24 file;</li>
 * <li>deaths while a service is open, before its recorded end or with no end;</li>
 * <li>reablement episodes nested in another and starting within 7 days of one's end;</li>
 * <li>double-up care: two rows differing only in planned units or unit cost, or only in
 * delivery mechanism;</li>
 * <li>outcomes a measure must leave out: self-funded, support declined, NHS-funded;</li>
 * <li>employment status and support reason unknown or in conflict across events;</li>
 * <li>discharges after a readmission, and discharges that lead to no reablement.</li>
 * </ul>
 */
final class HardCases {

	/** Person ids of the hard cases start here, clear of the calibrated activity's. */
	static final int FIRST_ID = 600_000;

	/** NHS serials of the hard cases start this far into each council's range. */
	static final long NHS_SERIAL_OFFSET = 60_000;

	private static final BigDecimal HOURLY = new BigDecimal("23.00");

	private static final List<String> NOT_PAID = List.of("Not in Paid Employment (seeking work)",
			"Not in Paid Employment (not actively seeking work / retired)",
			"Not in Paid Employment (voluntary work only)");

	private static final List<String> OLDER_REASONS = List.of(CareHomeCosts.PHYSICAL, CareHomeCosts.MEMORY);

	private static final FinancialYear FIRST = Extracts.YEARS.get(0);

	private final CouncilSample sample;

	private final CareHomeCosts costs;

	private final Identities ids;

	/** How many of each case: one for every 25,000 people aged 65 and over. */
	private final int unit;

	private final Set<Event> reused = new HashSet<>();

	HardCases(CouncilSample sample, CareHomeCosts costs, SplittableRandom random, long firstNhsSerial) {
		this.sample = sample;
		this.costs = costs;
		this.ids = new Identities(sample.council, random, firstNhsSerial + NHS_SERIAL_OFFSET, FIRST_ID);
		this.unit = (int) Math.max(1, Math.round(sample.people(CouncilSample.LATEST, 65, 90) / 25_000.0))
				* sample.scale;
	}

	void generate() throws IOException {
		vanishedServices();
		deathsWhileOpen();
		outcomesLeftOut();
		reablementEpisodes();
		doubleUpCare();
		learningDisabilityRecords();
	}

	/**
	 * Services open on 31 March 2023 that the 2023-24 file no longer holds (ended, the
	 * end never recorded): two home support packages and one care home stay a unit. They
	 * end on 31 March 2023 (GetDerivedFields 132-180), so they are not residents on 31
	 * March 2024.
	 */
	private void vanishedServices() throws IOException {
		for (int i = 0; i < 2 * this.unit; i++) {
			LocalDate start = CouncilSample.PERIOD_START.plusDays(between(-600, 300));
			Person person = olderPerson(start, CareHomeCosts.PHYSICAL);
			this.sample.write(homeSupport(person, start, between(5, 21)), FIRST);
			dischargeDuring(person, start, FIRST.end());
		}
		for (int i = 0; i < this.unit; i++) {
			this.sample.write(resident(this.ids.coin(), null), FIRST);
		}
	}

	/**
	 * People who die in 2023-24 while a service is open: a care home stay closed weeks
	 * after the death, one never closed, and home support never closed. The death ends
	 * them (FilterToEventsInPeriod 39-45); every death is before 31 March 2024.
	 */
	private void deathsWhileOpen() throws IOException {
		for (int i = 0; i < this.unit; i++) {
			Event stay = resident(this.ids.coin(), null);
			LocalDate death = deathIn(CouncilSample.LATEST);
			this.sample.write(died(stay, death).withEnd(death.plusDays(between(3, 40))).withOutcome("NFA - Deceased"));
			this.sample.write(died(resident(this.ids.coin(), null), deathIn(CouncilSample.LATEST)));
			LocalDate start = CouncilSample.PERIOD_START.plusDays(between(-400, 300));
			this.sample.write(died(homeSupport(olderPerson(start, CareHomeCosts.PHYSICAL), start, between(5, 21)),
					deathIn(CouncilSample.LATEST)));
		}
	}

	/**
	 * Outcomes the measures leave out: nursing residents whose care became fully NHS
	 * funded, home support ended at the 12-week disregard as self-funded, and reablement
	 * declined after a few days (a third of a unit a year, at least one).
	 */
	private void outcomesLeftOut() throws IOException {
		for (int i = 0; i < this.unit; i++) {
			this.sample
				.write(resident(true, dayIn(CouncilSample.LATEST, 21)).withOutcome("NFA - 100% NHS-funded care"));
			FinancialYear year = Extracts.YEARS.get(i % Extracts.YEARS.size());
			LocalDate start = dayIn(year, 0);
			this.sample.write(homeSupport(olderPerson(start, CareHomeCosts.PHYSICAL), start, between(7, 14))
				.withEnd(start.plusDays(84))
				.withOutcome("NFA - Self-funded client (inc. 12wk disregard)"));
		}
		for (FinancialYear year : Extracts.YEARS) {
			for (int i = 0; i < Math.max(1, this.unit / 3); i++) {
				LocalDate start = dayIn(year, 40);
				Person person = olderPerson(start, CareHomeCosts.PHYSICAL);
				this.sample.write(
						reablement(person, start, start.plusDays(between(1, 4))).withOutcome("NFA - Support declined"));
				LocalDate other = dayIn(year, 40);
				Person dies = olderPerson(other, CareHomeCosts.PHYSICAL);
				this.sample.write(reablement(dies.died(other.plusDays(between(3, 20))), other, null));
			}
		}
	}

	/**
	 * Second reablement episodes of people already reabled, in the financial year of
	 * their first: nested inside it with a third starting within 7 days of its end (one
	 * cluster by the running latest end, two by the previous episode's end), or only the
	 * one starting within 7 days; and an earlier discharge and emergency readmission
	 * before the discharge that led to reablement.
	 */
	private void reablementEpisodes() throws IOException {
		for (int i = 0; i < 2 * this.unit; i++) {
			Event first = reablementOf((e) -> days(e) >= 24 && followerFits(e));
			if (first != null) {
				LocalDate nestedStart = first.start().plusDays(between(2, (int) days(first) / 3));
				this.sample.write(reablement(first.person(), nestedStart, nestedStart.plusDays(between(3, 7)))
					.withOutcome("Service ended as planned"));
				follow(first);
			}
			Event adjacent = reablementOf(this::followerFits);
			if (adjacent != null) {
				follow(adjacent);
			}
			Event readmitted = reablementOf((e) -> true);
			if (readmitted != null) {
				LocalDate discharged = readmitted.start();
				this.sample.out.discharge(readmitted.person(), discharged.minusDays(between(12, 30)),
						discharged.minusDays(between(2, 9)));
			}
		}
	}

	/**
	 * Double-up care (two carers on one package): two rows differing only in planned
	 * units or only in unit cost; and one package sent twice, differing only in delivery
	 * mechanism. One unique event each, two cost lines (GetUniqueEvents 'Single').
	 */
	private void doubleUpCare() throws IOException {
		for (int i = 0; i < this.unit; i++) {
			LocalDate start = CouncilSample.PERIOD_START.plusDays(between(-300, 600));
			Person person = olderPerson(start, CareHomeCosts.PHYSICAL);
			Event first = homeSupport(person, start, between(10, 21));
			this.sample.write(first);
			this.sample.write((i % 2 == 0) ? first.withCost(HOURLY, BigDecimal.valueOf(between(3, 7)))
					: first.withCost(new BigDecimal("21.50"), first.plannedUnits()));
			dischargeDuring(person, start, CouncilSample.PERIOD_END);
			LocalDate other = CouncilSample.PERIOD_START.plusDays(between(-300, 600));
			Event twice = homeSupport(olderPerson(other, CareHomeCosts.PHYSICAL), other, between(5, 14));
			this.sample.write(twice);
			this.sample.write(twice.withDelivery("Direct Payment"));
		}
	}

	/**
	 * Adults 18-64 with a learning disability and long-term support whose records
	 * disagree: a later request records employment as Unknown, or the support reason as
	 * Unknown (a known value beats Unknown, Create_personal_details_table 450-503,
	 * 1022-1089), or two services starting the same day record different employment (a
	 * tie of known values is Unknown). The values are all unpaid, so the paid count
	 * stays.
	 */
	private void learningDisabilityRecords() throws IOException {
		for (int i = 0; i < this.unit; i++) {
			LocalDate start = CouncilSample.PERIOD_START.minusDays(between(100, 2000));
			Person person = this.ids
				.person(between(19, 55), CouncilSample.PERIOD_START, CareHomeCosts.LEARNING_DISABILITY)
				.living("Supported accommodation", this.ids.pick(NOT_PAID));
			this.sample.write(supportedLiving(person, start));
			switch (i % 3) {
				case 0 -> this.sample.write(Event.request(person.living(person.accommodation(), "Unknown"),
						dayIn(CouncilSample.LATEST, 0), "Community/Other route", "Progress to Assessment"));
				case 1 -> this.sample.write(Event.request(person.withSupportReason("Unknown"),
						dayIn(CouncilSample.LATEST, 0), "Community/Other route", "Progress to Assessment"));
				default ->
					this.sample.write(
							homeSupport(
									person.living(person.accommodation(),
											NOT_PAID
												.get((NOT_PAID.indexOf(person.employment()) + 1) % NOT_PAID.size())),
									start, between(5, 10)));
			}
		}
	}

	/**
	 * The next episode of a reablement: starting 1 to 6 days after it ended, in the same
	 * financial year.
	 */
	private void follow(Event first) throws IOException {
		LocalDate start = first.end().plusDays(between(1, 6));
		this.sample.write(reablement(first.person(), start, start.plusDays(between(7, 21)))
			.withOutcome("Service ended as planned"));
	}

	/** Whether a reablement's next episode (at most 6 + 21 days on) ends in its year. */
	private boolean followerFits(Event reablement) {
		FinancialYear year = FinancialYear.containing(reablement.start());
		return reablement.end() != null && reablement.person().dateOfDeath() == null && Extracts.YEARS.contains(year)
				&& !reablement.end().plusDays(27).isAfter(year.end());
	}

	/** An existing reablement not used yet that meets a condition, or none. */
	private @Nullable Event reablementOf(Predicate<Event> condition) {
		List<Event> all = this.sample.reablements;
		for (int attempt = 0; attempt < 100; attempt++) {
			Event candidate = all.get(between(0, all.size() - 1));
			if (condition.test(candidate) && this.reused.add(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** A discharge during a package, for half the people; a third of those readmitted. */
	private void dischargeDuring(Person person, LocalDate start, LocalDate until) throws IOException {
		if (this.ids.coin() && start.isBefore(until.minusDays(90))) {
			LocalDate from = start.isBefore(CouncilSample.PERIOD_START) ? CouncilSample.PERIOD_START : start;
			LocalDate discharged = from.plusDays(between(0, (int) (until.toEpochDay() - from.toEpochDay()) - 61));
			this.sample.out.discharge(person, discharged,
					this.ids.chance(1 / 3.0) ? discharged.plusDays(between(5, 60)) : null);
		}
	}

	/**
	 * A resident 65+ admitted before the period, open or ending on {@code end}.
	 */
	private Event resident(boolean nursing, @Nullable LocalDate end) {
		LocalDate start = CouncilSample.PERIOD_START.minusDays(between(60, 1500));
		Person person = olderPerson(CouncilSample.PERIOD_START, this.ids.pick(OLDER_REASONS)).living(
				nursing ? "Registered nursing home" : "Registered care home",
				"Not in Paid Employment (not actively seeking work / retired)");
		return CareHomeActivity.careHome(this.sample, this.ids, this.costs, person, start, end, nursing, true);
	}

	private Event homeSupport(Person person, LocalDate start, int hours) {
		return Event.service(person, start, null, "Long Term Support: Community", "Home Support",
				this.sample.provider(300 + between(0, 24)), "External", HOURLY, "Hourly", BigDecimal.valueOf(hours));
	}

	private Event supportedLiving(Person person, LocalDate start) {
		return Event.service(person, start, null, "Long Term Support: Community", "Community Supported Living",
				this.sample.provider(400 + between(0, 29)), "External", BigDecimal.valueOf(between(450, 1400)),
				"Weekly", null);
	}

	private Event reablement(Person person, LocalDate start, @Nullable LocalDate end) {
		return Event.service(person, start, end, "Short Term Support: ST-Max", "Reablement", this.sample.provider(3),
				"In-house", new BigDecimal("24.50"), "Hourly", new BigDecimal("8"));
	}

	private static Event died(Event event, LocalDate death) {
		return event.withPerson(event.person().died(death));
	}

	private Person olderPerson(LocalDate on, String reason) {
		return this.ids.person(this.ids.chance(0.5) ? between(67, 84) : between(85, 97), on, reason);
	}

	/** A day of a year at least {@code margin} days before its end. */
	private LocalDate dayIn(FinancialYear year, int margin) {
		return year.start().plusDays(between(0, (int) (year.end().toEpochDay() - year.start().toEpochDay()) - margin));
	}

	/** A date of death in a year, before its last three weeks. */
	private LocalDate deathIn(FinancialYear year) {
		return dayIn(year, 21);
	}

	private static long days(Event event) {
		return (event.end() == null) ? 0 : event.end().toEpochDay() - event.start().toEpochDay();
	}

	private int between(int low, int high) {
		return this.ids.between(low, high);
	}

}
