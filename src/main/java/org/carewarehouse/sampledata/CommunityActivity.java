package org.carewarehouse.sampledata;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Long-term support at home: day opportunities (calibrated for Sefton, Essex and Cheshire
 * East), home support, and adults with a learning disability in long-term support, of
 * whom the council's share is in paid work.
 */
final class CommunityActivity {

	/**
	 * Days from 1 April 2023 to 31 March 2024, a leap year: the weeks a whole-year
	 * placement costs.
	 */
	private static final BigDecimal WEEKS_2023_24 = BigDecimal.valueOf(366)
		.divide(BigDecimal.valueOf(7), 10, RoundingMode.HALF_UP);

	private static final List<String> PAID = List.of("Paid: Less than 16 hours a week", "Paid: 16 or more hours a week",
			"Paid: Hours per week unknown");

	private static final List<String> NOT_PAID = List.of("Not in Paid Employment (seeking work)",
			"Not in Paid Employment (not actively seeking work / retired)",
			"Not in Paid Employment (voluntary work only)", "Unknown");

	private static final List<String> DAY_REASONS = List.of(CareHomeCosts.LEARNING_DISABILITY,
			CareHomeCosts.LEARNING_DISABILITY, CareHomeCosts.MENTAL_HEALTH, CareHomeCosts.PHYSICAL);

	private final CouncilSample sample;

	CommunityActivity(CouncilSample sample) {
		this.sample = sample;
	}

	void generate() throws IOException {
		switch (this.sample.council.gss()) {
			case "E08000014" -> seftonDayOpportunities();
			case "E10000012" -> essexDayOpportunities();
			case "E06000049" -> cheshireEastDayOpportunities();
			default -> otherDayOpportunities();
		}
		homeSupport();
		learningDisability();
	}

	/**
	 * 250 people, 12 providers charging 63 to 157 a session five days a week: 45 to 112 a
	 * day.
	 */
	private void seftonDayOpportunities() throws IOException {
		for (long i = 0; i < this.sample.scaled(250); i++) {
			int provider = (int) (i % 12);
			BigDecimal session = BigDecimal.valueOf(63 + provider * 94 / 11);
			dayPlacement(this.sample.provider(200 + provider), "External", session, "Daily", BigDecimal.valueOf(5));
		}
	}

	/**
	 * 957 placements with 101 external providers and 629 with Essex Cares Ltd (ECL, the
	 * council's own company): 102 providers, 21.9m in 2023-24.
	 */
	private void essexDayOpportunities() throws IOException {
		List<BigDecimal> weekly = weeklyFees(957 + 629, new BigDecimal("21900000"));
		for (int i = 0; i < weekly.size(); i++) {
			boolean ecl = i >= 957;
			for (long copy = 0; copy < this.sample.scale; copy++) {
				dayPlacement(ecl ? this.sample.provider(999) : this.sample.provider(200 + i % 101),
						ecl ? "In-house" : "External", weekly.get(i), "Weekly", null);
			}
		}
	}

	/**
	 * 556 people: 315 with the in-house service (Care4CE) only, 197 with external
	 * providers only, 44 with both at once; in-house placements cost 3.7m and external
	 * 1.9m in 2023-24. In-house is priced by the day, five days a week, and external by
	 * the session, four a week, so that the council's three-tier plan can place them.
	 */
	private void cheshireEastDayOpportunities() throws IOException {
		List<BigDecimal> inHouse = weeklyFees(315 + 44, new BigDecimal("3700000"));
		List<BigDecimal> external = weeklyFees(197 + 44, new BigDecimal("1900000"));
		for (long copy = 0; copy < this.sample.scale; copy++) {
			for (int i = 0; i < 315 + 197 + 44; i++) {
				Person person = dayPerson();
				if (i < 315 + 44) {
					this.sample.write(day(person, this.sample.provider(998), "In-house", perUnit(inHouse.get(i), 5),
							"Daily", BigDecimal.valueOf(5)));
				}
				if (i >= 315) {
					this.sample.write(day(person, this.sample.provider(200 + i % 15), "External",
							perUnit(external.get(i - 315), 4), "Per session", BigDecimal.valueOf(4)));
				}
			}
		}
	}

	private void otherDayOpportunities() throws IOException {
		long people = this.sample.scaled(this.sample.people(CouncilSample.LATEST, 18, 64) / 1500.0);
		for (long i = 0; i < people; i++) {
			dayPlacement(this.sample.provider(200 + (int) (i % 20)), (i % 3 == 0) ? "In-house" : "External",
					BigDecimal.valueOf(this.sample.ids.between(180, 340)), "Weekly", null);
		}
	}

	private void homeSupport() throws IOException {
		long people = this.sample.scaled(this.sample.people(CouncilSample.LATEST, 65, 90) * 0.001);
		for (long i = 0; i < people; i++) {
			LocalDate start = CouncilSample.PERIOD_START.plusDays(this.sample.ids.between(-400, 600));
			Person person = this.sample.ids.person(this.sample.ids.between(67, 95), start, CareHomeCosts.PHYSICAL);
			this.sample.write(Event.service(person, start, null, "Long Term Support: Community", "Home Support",
					this.sample.provider(300 + (int) (i % 25)), "External", new BigDecimal("23.00"), "Hourly",
					BigDecimal.valueOf(this.sample.ids.between(5, 21))));
		}
	}

	/**
	 * Adults 18-64 whose support reason is a learning disability and who have long-term
	 * support, sized last: the cohort, with those already in care homes or day
	 * opportunities, is a multiple of 50 so that the paid share is exact.
	 */
	private void learningDisability() throws IOException {
		long already = this.sample.learningDisabilityLongTerm.size();
		double share = this.sample.council.gss().equals("E08000014") ? 0.0045 : 0.001;
		long wanted = Math.round(this.sample.people(CouncilSample.LATEST, 18, 64) * share) * this.sample.scale;
		long total = Math.max(50, (wanted + already + 49) / 50 * 50);
		long paid = Math.round(total * this.sample.council.learningDisabilityPaid());
		for (long i = 0; i < total - already; i++) {
			LocalDate start = CouncilSample.PERIOD_START.minusDays(this.sample.ids.between(100, 3000));
			Person person = this.sample.ids
				.person(this.sample.ids.between(19, 58), CouncilSample.PERIOD_START, CareHomeCosts.LEARNING_DISABILITY)
				.living(this.sample.ids.pick(List.of("Supported accommodation", "Shared Lives scheme",
						"Settled mainstream housing with family / friends")),
						(i < paid) ? this.sample.ids.pick(PAID) : this.sample.ids.pick(NOT_PAID));
			boolean directPayment = i % 4 == 1;
			Event support = Event.service(person, start, null, "Long Term Support: Community",
					directPayment ? "Direct Payment"
							: this.sample.ids.pick(List.of("Community Supported Living", "Home Support")),
					this.sample.provider(400 + (int) (i % 30)), "External",
					BigDecimal.valueOf(this.sample.ids.between(450, 1400)), "Weekly", null);
			this.sample.write(directPayment ? support.withDelivery("Direct Payment") : support);
		}
	}

	private void dayPlacement(String provider, String providerType, BigDecimal cost, String frequency, BigDecimal units)
			throws IOException {
		this.sample.write(day(dayPerson(), provider, providerType, cost, frequency, units));
	}

	private Event day(Person person, String provider, String providerType, BigDecimal cost, String frequency,
			BigDecimal units) {
		LocalDate start = CouncilSample.PERIOD_START.minusDays(this.sample.ids.between(30, 1500));
		return Event.service(person, start, null, "Long Term Support: Community", "Day Support", provider, providerType,
				cost, frequency, units);
	}

	private Person dayPerson() {
		return this.sample.ids.person(this.sample.ids.between(20, 58), CouncilSample.PERIOD_START,
				this.sample.ids.pick(DAY_REASONS));
	}

	/** A weekly fee as the price of one of so many units a week, to the penny. */
	private static BigDecimal perUnit(BigDecimal weekly, int units) {
		return weekly.divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_UP);
	}

	/**
	 * Weekly fees for whole-year placements that add up to a year's spend: spread from
	 * 80% to 120% of the mean, the last one taking up the pennies.
	 */
	private static List<BigDecimal> weeklyFees(int placements, BigDecimal spend) {
		BigDecimal weeklyTotal = spend.divide(WEEKS_2023_24, 2, RoundingMode.HALF_UP);
		BigDecimal mean = weeklyTotal.divide(BigDecimal.valueOf(placements), 10, RoundingMode.HALF_UP);
		List<BigDecimal> fees = new ArrayList<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < placements - 1; i++) {
			BigDecimal spread = BigDecimal.valueOf(80 + (i * 37) % 41).divide(BigDecimal.valueOf(100));
			BigDecimal fee = mean.multiply(spread).setScale(2, RoundingMode.HALF_UP);
			fees.add(fee);
			sum = sum.add(fee);
		}
		fees.add(weeklyTotal.subtract(sum));
		return fees;
	}

}
