package org.carewarehouse.sampledata;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

import org.carewarehouse.calendar.FinancialYear;

/**
 * Reablement (ST-Max) after hospital discharge: the council's rate of people 65+ starting
 * it each year, and, of those discharged between 1 October and 31 December, its share
 * still at home 91 days later; the rest die or are readmitted as an emergency within the
 * 91 days.
 */
final class ReablementActivity {

	private static final BigDecimal HOURLY = new BigDecimal("24.50");

	private final CouncilSample sample;

	ReablementActivity(CouncilSample sample) {
		this.sample = sample;
	}

	void generate() throws IOException {
		for (FinancialYear year : Extracts.YEARS) {
			long starts = this.sample
				.scaled(this.sample.council.reablement65() * this.sample.people(year, 65, 90) / 1e4);
			List<LocalDate> discharges = new ArrayList<>();
			for (long i = 0; i < starts; i++) {
				discharges.add(this.sample.dayIn(year));
			}
			long cohort = discharges.stream().filter(ReablementActivity::inAutumnCohort).count();
			long away = Math.round((1 - this.sample.council.atHome91()) * cohort);
			for (LocalDate discharged : discharges) {
				boolean notAtHome = inAutumnCohort(discharged) && away-- > 0;
				reable(discharged, this.sample.ids.between(65, 97), notAtHome);
			}
			for (long i = 0; i < starts / 20; i++) {
				reable(this.sample.dayIn(year), this.sample.ids.between(40, 63), false);
			}
		}
	}

	private void reable(LocalDate discharged, int age, boolean notAtHome) throws IOException {
		Person person = this.sample.ids.person(age, discharged, CareHomeCosts.PHYSICAL);
		LocalDate readmitted = null;
		LocalDate end = discharged.plusDays(this.sample.ids.between(14, 42));
		if (notAtHome && this.sample.ids.chance(0.5)) {
			LocalDate death = discharged.plusDays(this.sample.ids.between(15, 85));
			person = person.died(death);
			end = death.isBefore(end) ? death : end;
		}
		else if (notAtHome) {
			readmitted = discharged.plusDays(this.sample.ids.between(5, 85));
		}
		else if (this.sample.ids.chance(0.08)) {
			readmitted = discharged.plusDays(this.sample.ids.between(120, 300));
		}
		this.sample.out.discharge(person, discharged, readmitted);
		if (inAutumnCohort(discharged) || this.sample.ids.chance(0.1)) {
			this.sample
				.write(Event.request(person, discharged, "Discharge from Hospital", "Progress to Reablement/ST-Max"));
		}
		Event reablement = Event.service(person, discharged, end, "Short Term Support: ST-Max", "Reablement",
				this.sample.provider(3), "In-house", HOURLY, "Hourly", new BigDecimal("8"));
		reablement = reablement
			.withOutcome((person.dateOfDeath() != null) ? "NFA - Deceased" : "Service ended as planned");
		this.sample.write(reablement);
		this.sample.reablements.add(reablement);
	}

	/** The legacy ASCOF 2B(1) cohort: discharged between 1 October and 31 December. */
	static boolean inAutumnCohort(LocalDate discharged) {
		return discharged.getMonth().compareTo(Month.OCTOBER) >= 0 && discharged.getMonthValue() <= 12;
	}

}
