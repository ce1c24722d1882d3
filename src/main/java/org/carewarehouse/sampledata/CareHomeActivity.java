package org.carewarehouse.sampledata;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.carewarehouse.calendar.FinancialYear;
import org.jspecify.annotations.Nullable;

/**
 * Permanent admissions to care homes, the residents already there, and the stays that
 * must not count as admissions (short stays, self-funders, carers, a second stay within a
 * year of the first).
 */
final class CareHomeActivity {

	private static final List<String> OLDER_REASONS = List.of(CareHomeCosts.PHYSICAL, CareHomeCosts.PHYSICAL,
			CareHomeCosts.PHYSICAL, CareHomeCosts.MEMORY, CareHomeCosts.MEMORY, CareHomeCosts.MENTAL_HEALTH,
			CareHomeCosts.LEARNING_DISABILITY);

	private static final List<String> YOUNGER_REASONS = List.of(CareHomeCosts.LEARNING_DISABILITY,
			CareHomeCosts.LEARNING_DISABILITY, CareHomeCosts.MENTAL_HEALTH, CareHomeCosts.PHYSICAL,
			CareHomeCosts.MEMORY);

	private final CouncilSample sample;

	private final CareHomeCosts costs;

	private final int[] openAtEnd = new int[2];

	CareHomeActivity(CouncilSample sample, CareHomeCosts costs) {
		this.sample = sample;
		this.costs = costs;
	}

	void generate() throws IOException {
		for (FinancialYear year : Extracts.YEARS) {
			long older = this.sample
				.scaled(this.sample.council.admissions65() * this.sample.people(year, 65, 90) / 1e5);
			long younger = this.sample
				.scaled(this.sample.council.admissions1864() * this.sample.people(year, 18, 64) / 1e5);
			for (long i = 0; i < older; i++) {
				admit(year, true, year.equals(Extracts.YEARS.get(0)) && i % 20 == 7);
			}
			for (long i = 0; i < younger; i++) {
				admit(year, false, false);
			}
			decoys(year, older);
		}
		residents();
	}

	private void admit(FinancialYear year, boolean older, boolean returnsHomeAndBack) throws IOException {
		LocalDate start = this.sample.dayIn(year);
		String reason = this.sample.ids.pick(older ? OLDER_REASONS : YOUNGER_REASONS);
		boolean nursing = this.sample.ids.chance(1 / 3.0);
		Person person = this.sample.ids.person(older ? olderAge() : this.sample.ids.between(25, 58), start, reason)
			.living(nursing ? "Registered nursing home" : "Registered care home",
					older ? "Not in Paid Employment (not actively seeking work / retired)"
							: "Not in Paid Employment (seeking work)");
		LocalDate end = null;
		if (returnsHomeAndBack) {
			end = start.plusDays(this.sample.ids.between(30, 90));
		}
		else if (this.sample.ids.chance(0.3)) {
			LocalDate death = start.plusDays(this.sample.ids.between(20, 500));
			if (!death.isAfter(CouncilSample.PERIOD_END)) {
				end = death;
				person = person.died(death);
			}
		}
		if (this.sample.ids.chance(0.3)) {
			this.sample.out.discharge(person, start.minusDays(this.sample.ids.between(1, 20)), null);
		}
		Event stay = careHome(person, start, end, nursing, older);
		this.sample.write((person.dateOfDeath() != null) ? stay.withOutcome("NFA - Deceased") : stay);
		if (returnsHomeAndBack) {
			LocalDate back = end.plusDays(this.sample.ids.between(30, 200));
			this.sample.write(careHome(person, back, null, nursing, older));
			this.openAtEnd[nursing ? 1 : 0]++;
		}
		else if (end == null) {
			this.openAtEnd[nursing ? 1 : 0]++;
		}
	}

	/**
	 * Stays that look like admissions but are not: short stays, self-funders and carers.
	 */
	private void decoys(FinancialYear year, long admissions) throws IOException {
		for (long i = 0; i < Math.max(1, admissions / 10); i++) {
			LocalDate start = this.sample.dayIn(year);
			Person person = this.sample.ids.person(olderAge(), start, CareHomeCosts.PHYSICAL);
			this.sample.write(Event.service(person, start, start.plusDays(this.sample.ids.between(7, 28)),
					"Short Term Support: Other Short Term", "Short Term Residential Care", this.sample.provider(1),
					"External", new BigDecimal("720.00"), "Weekly", null));
		}
		for (long i = 0; i < Math.max(1, admissions / 30); i++) {
			LocalDate start = this.sample.dayIn(year);
			Person person = this.sample.ids.person(olderAge(), start, CareHomeCosts.MEMORY);
			this.sample.write(careHome(person, start, start.plusDays(84), false, true)
				.withOutcome("NFA - Self-funded client (inc. 12wk disregard)"));
		}
		for (long i = 0; i < Math.max(1, admissions / 50); i++) {
			LocalDate start = this.sample.dayIn(year);
			Person carer = this.sample.ids.person(this.sample.ids.between(45, 80), start,
					"Social Support: Support to Carer");
			this.sample.write(Event
				.service(carer, start, start.plusDays(14), "Carer Support: Direct to Carer", "Carer Respite",
						this.sample.provider(2), "External", new BigDecimal("450.00"), "Weekly", null)
				.withClientType("Carer"));
		}
	}

	/**
	 * Residents admitted before the period: as many as it takes for the residents on 31
	 * March of the last year to reach Sefton's count (its paper: about 1,040 in
	 * residential and 520 in nursing care) or, elsewhere, a sixth of Sefton's rate
	 * (enough for fees to vary, few enough to keep the sample small), and some more who
	 * die during the period.
	 */
	private void residents() throws IOException {
		long older = this.sample.people(CouncilSample.LATEST, 65, 90);
		double share = this.sample.council.gss().equals("E08000014") ? 1 : 0.15;
		long[] target = { this.sample.scaled(share * older * 1040.0 / 65_158),
				this.sample.scaled(share * older * 520.0 / 65_158) };
		for (int setting = 0; setting < 2; setting++) {
			long open = Math.max(0, target[setting] - this.openAtEnd[setting]);
			for (long i = 0; i < open + open * 2 / 5; i++) {
				resident(setting == 1, i >= open);
			}
		}
	}

	private void resident(boolean nursing, boolean diesDuringPeriod) throws IOException {
		boolean older = !this.sample.ids.chance(0.1);
		LocalDate start = CouncilSample.PERIOD_START.minusDays(this.sample.ids.between(30, 2500));
		String reason = this.sample.ids.pick(older ? OLDER_REASONS : YOUNGER_REASONS);
		int age = older ? olderAge() : this.sample.ids.between(25, 56);
		Person person = this.sample.ids.person(age, CouncilSample.PERIOD_START, reason)
			.living(nursing ? "Registered nursing home" : "Registered care home",
					"Not in Paid Employment (not actively seeking work / retired)");
		LocalDate end = null;
		if (diesDuringPeriod) {
			end = CouncilSample.PERIOD_START.plusDays(this.sample.ids.between(10, 700));
			person = person.died(end);
		}
		Event stay = careHome(person, start, end, nursing, older);
		this.sample.write((end != null) ? stay.withOutcome("NFA - Deceased") : stay);
	}

	private Event careHome(Person person, LocalDate start, LocalDate end, boolean nursing, boolean older) {
		return careHome(this.sample, this.sample.ids, this.costs, person, start, end, nursing, older);
	}

	/**
	 * A long-term care home stay at the council's fee for its cell, with one of the
	 * council's care home providers; a tenth are charged four-weekly.
	 */
	static Event careHome(CouncilSample sample, Identities ids, CareHomeCosts costs, Person person, LocalDate start,
			@Nullable LocalDate end, boolean nursing, boolean older) {
		BigDecimal weekly = costs.weekly(nursing, older, person.supportReason());
		boolean fourWeekly = ids.chance(0.1);
		return Event.service(person, start, end,
				nursing ? "Long Term Support: Nursing Care" : "Long Term Support: Residential Care",
				nursing ? "Long Term Nursing Care" : "Long Term Residential Care",
				sample.provider(10 + ids.between(0, 29)), "External",
				fourWeekly ? weekly.multiply(BigDecimal.valueOf(4)) : weekly, fourWeekly ? "Four-weekly" : "Weekly",
				null);
	}

	private int olderAge() {
		return this.sample.ids.chance(0.5) ? this.sample.ids.between(67, 84) : this.sample.ids.between(85, 99);
	}

}
