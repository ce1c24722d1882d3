package org.carewarehouse.sampledata;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Sefton's community markets as its market position statement describes them: about 1,933
 * people with council-funded home care on 31 March 2024 (so that at the 42% self-funded
 * share of the market about 1,400 more pay for their own), and 648 people in day care,
 * 208 of them by direct payment. Written after the rest of Sefton's activity, from a
 * stream and numbering of its own, so the rows before it stay as they were.
 */
final class SeftonMarket {

	/** Home care users the calibrated activity already has open on 31 March 2024. */
	private static final int HOME_CARE_BEFORE = 333;

	private static final int HOME_CARE = 1_933;

	/** Day care users the calibrated activity already has (seftonDayOpportunities). */
	private static final int DAY_CARE_BEFORE = 250;

	private static final int DAY_CARE = 648;

	private static final int DAY_CARE_DIRECT_PAYMENTS = 208;

	/** Person ids start here, clear of the calibrated activity's and the hard cases'. */
	private static final int FIRST_ID = 700_000;

	/** NHS serials start this far into the council's range, clear of the hard cases'. */
	private static final long NHS_SERIAL_OFFSET = 75_000;

	/**
	 * Day care users' support reasons: none a learning disability, whose cohort is sized.
	 */
	private static final List<String> DAY_REASONS = List.of(CareHomeCosts.PHYSICAL, CareHomeCosts.MENTAL_HEALTH);

	private final CouncilSample sample;

	private final Identities ids;

	SeftonMarket(CouncilSample sample, SplittableRandom random, long firstNhsSerial) {
		this.sample = sample;
		this.ids = new Identities(sample.council, random, firstNhsSerial + NHS_SERIAL_OFFSET, FIRST_ID);
	}

	void generate() throws IOException {
		if (!this.sample.council.gss().equals("E08000014")) {
			return;
		}
		for (long i = 0; i < this.sample.scaled(HOME_CARE - HOME_CARE_BEFORE); i++) {
			LocalDate start = CouncilSample.PERIOD_START.plusDays(this.ids.between(-700, 700));
			Person person = this.ids.person(this.ids.between(67, 95), start, CareHomeCosts.PHYSICAL);
			this.sample.write(Event.service(person, start, null, "Long Term Support: Community", "Home Support",
					this.sample.provider(300 + (int) (i % 25)), "External", new BigDecimal("23.00"), "Hourly",
					BigDecimal.valueOf(this.ids.between(5, 21))));
		}
		long more = this.sample.scaled(DAY_CARE - DAY_CARE_BEFORE);
		long directPayments = this.sample.scaled(DAY_CARE_DIRECT_PAYMENTS);
		for (long i = 0; i < more; i++) {
			int provider = (int) (i % 12);
			LocalDate start = CouncilSample.PERIOD_START.minusDays(this.ids.between(30, 1500));
			Person person = this.ids.person(this.ids.between(20, 58), CouncilSample.PERIOD_START,
					this.ids.pick(DAY_REASONS));
			Event day = Event.service(person, start, null, "Long Term Support: Community", "Day Support",
					this.sample.provider(200 + provider), "External", BigDecimal.valueOf(63 + provider * 94 / 11),
					"Daily", BigDecimal.valueOf(5));
			this.sample.write((i < directPayments) ? day.withDelivery("Direct Payment") : day);
		}
	}

}
