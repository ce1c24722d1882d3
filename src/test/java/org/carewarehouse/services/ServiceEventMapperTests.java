package org.carewarehouse.services;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.carewarehouse.pipeline.Contract;
import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.ContractRows;
import org.carewarehouse.pipeline.Reject;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.TypedRow;
import org.carewarehouse.privacy.FullPostcode;
import org.carewarehouse.privacy.NhsNumber;
import org.carewarehouse.privacy.Pseudonymiser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The CLD mapper on single rows built by column name: what is kept of the person, the
 * Release 2 spellings normalised, and one test per SV rule. Every value is synthetic.
 */
class ServiceEventMapperTests {

	private static final Pseudonymiser PSEUDONYMISER = new Pseudonymiser(
			"services-mapper-tests-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8));

	private static final Contract CONTRACT = ContractLoader.load("adult-services");

	private final ServiceEventMapper mapper = new ServiceEventMapper(PSEUDONYMISER);

	@Test
	void keepsTheNhsKeyAsThePersonsKeyAndOnlyTheMonthOfBirthAndThePostcodeDistrict() throws Exception {
		ServiceEvent event = this.mapper.map(row(Map.of()));
		assertThat(event.period()).isEqualTo(
				new ServiceEvent.Period("E08000014", "2023-24", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)));
		ServiceEvent.Person person = event.person();
		assertThat(person.nhsPersonKey()).isEqualTo(PSEUDONYMISER.nhsKey("9990000018"));
		assertThat(person.localPersonKey()).isEqualTo(PSEUDONYMISER.localPersonKey("E08000014", "SYN-1"));
		assertThat(person.personKey()).isEqualTo(person.nhsPersonKey());
		// born 15 May 1940; on 14 May 2024 still 83, the birthday not yet reached
		assertThat(person.birthMonth()).isEqualTo("1940-05");
		assertThat(person.ageAtEventStart()).isEqualTo(83);
		assertThat(event.circumstances().postcodeDistrict()).isEqualTo("L20");
	}

	@Test
	void withoutAnNhsNumberThePersonIsKeyedByCouncilAndLocalId() throws Exception {
		ServiceEvent.Person person = this.mapper.map(row(Map.of("NHS Number", ""))).person();
		assertThat(person.nhsPersonKey()).isNull();
		assertThat(person.personKey()).isEqualTo(PSEUDONYMISER.localPersonKey("E08000014", "SYN-1"));
	}

	@Test
	void ageOnTheBirthdayItselfCountsTheYear() throws Exception {
		assertThat(this.mapper.map(row(Map.of("Event Start Date", "2024-05-15"))).person().ageAtEventStart())
			.isEqualTo(84);
	}

	@Test
	void periodStartingOnTheFirstOfAprilBelongsToTheNewFinancialYear() throws Exception {
		ServiceEvent event = this.mapper
			.map(row(Map.of("Reporting Period Start Date", "2024-04-01", "Reporting Period End Date", "2024-06-30")));
		assertThat(event.period().financialYear()).isEqualTo("2024-25");
	}

	@Test
	void releaseTwoSpellingsAreNormalisedWithTheRawSpellingKeptAndACreditCostsItsAbsoluteValue() throws Exception {
		ServiceEvent event = this.mapper.map(row(Map.of("Event Outcome", "Continuation of support or services",
				"Service Type", "Unpaid carer support: Direct to unpaid carer", "Unit Cost", "-123.45")));
		assertThat(event.event().outcome()).isEqualTo("No change in package");
		assertThat(event.event().outcomeRaw()).isEqualTo("Continuation of support or services");
		assertThat(event.service().type()).isEqualTo("Carer Support: Direct to Carer");
		assertThat(event.service().typeRaw()).isEqualTo("Unpaid carer support: Direct to unpaid carer");
		assertThat(event.service().unitCost()).isEqualTo(new BigDecimal("123.45"));
	}

	/**
	 * DHSC costs a cleaned frequency matching {@code '4-week%'} at a quarter of a unit a
	 * week (6.Costs_fact.sql 56), so the Release 2 spelling {@code 4-weekly} is a
	 * four-weekly cost, not a row to reject.
	 */
	@Test
	void releaseTwoFourWeeklySpellingIsAFourWeeklyCost() throws Exception {
		assertThat(this.mapper.map(row(Map.of("Cost Frequency (Unit Type)", "4-weekly"))).service().costFrequency())
			.isEqualTo("Four-weekly");
		assertThat(this.mapper.map(row(Map.of("Cost Frequency (Unit Type)", "4-Weekly"))).service().costFrequency())
			.isEqualTo("Four-weekly");
	}

	@Test
	void serviceEventWithoutAServiceTypeIsRejected() {
		assertRejected(Map.of("Service Type", ""), "SV001", "Service Type");
	}

	@Test
	void eventBeforeBirthIsRejected() {
		assertRejected(Map.of("Event Start Date", "1940-05-14"), "SV002", "Event Start Date");
	}

	@Test
	void deathBeforeBirthIsRejected() {
		assertRejected(Map.of("Date of Death", "1940-05-14"), "SV003", "Date of Death");
	}

	@Test
	void eventEndedTheDayBeforeThePeriodStartedIsRejectedButNotOneEndingOnItsFirstDay() throws Exception {
		assertRejected(Map.of("Event Start Date", "2023-11-01", "Event End Date", "2023-12-31"), "SV004",
				"Event End Date");
		assertThat(this.mapper.map(row(Map.of("Event Start Date", "2023-12-01", "Event End Date", "2024-01-01")))
			.event()
			.end()).isEqualTo(LocalDate.of(2024, 1, 1));
	}

	private void assertRejected(Map<String, String> changes, String rule, String column) {
		assertThat(ContractRows.rejectsOf(() -> this.mapper.map(row(changes)))).extracting(Reject::rule, Reject::column)
			.containsExactly(tuple(rule, column));
	}

	/**
	 * A contract-checked Service event for a synthetic person, with the named columns
	 * changed (an empty value is a blank cell).
	 */
	private static TypedRow row(Map<String, String> changes) throws RowRejectedException {
		Map<String, String> values = new HashMap<>();
		values.put("LA code", "E08000014");
		values.put("Reporting Period Start Date", "2024-01-01");
		values.put("Reporting Period End Date", "2024-03-31");
		values.put("NHS Number", "9990000018");
		values.put("LA Person Unique Identifier", "SYN-1");
		values.put("Gender", "Female");
		values.put("Date of Birth", "1940-05-15");
		values.put("Client Type", "Service User");
		values.put("Primary Support Reason", "Physical Support: Personal care support");
		values.put("Postcode", "L20 9ZZ");
		values.put("Event Type", "Service");
		values.put("Event Reference", "SYN-EV-1");
		values.put("Event Start Date", "2024-05-14");
		values.put("Service Type", "Long Term Support: Community");
		values.put("Service Component", "Home Support");
		values.put("Unit Cost", "21.50");
		values.put("Cost Frequency (Unit Type)", "Hourly");
		return ContractRows.typed(CONTRACT, values, changes, new NhsNumber(), new FullPostcode());
	}

}
