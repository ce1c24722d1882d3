package org.carewarehouse.services;

import java.time.LocalDate;

import org.carewarehouse.calendar.FinancialYear;
import org.carewarehouse.pipeline.RowMapper;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.TypedRow;
import org.carewarehouse.privacy.Pseudonymiser;
import org.carewarehouse.privacy.Reductions;
import org.jspecify.annotations.Nullable;

/**
 * Turns a contract-checked CLD row into a {@link ServiceEvent}: pseudonymises the person,
 * reduces date of birth and postcode, and applies the feed's domain rules.
 */
class ServiceEventMapper implements RowMapper<ServiceEvent> {

	private final Pseudonymiser pseudonymiser;

	ServiceEventMapper(Pseudonymiser pseudonymiser) {
		this.pseudonymiser = pseudonymiser;
	}

	@Override
	public ServiceEvent map(TypedRow row) throws RowRejectedException {
		String council = row.string("LA code");
		LocalDate birth = row.date("Date of Birth");
		LocalDate start = row.date("Event Start Date");
		checkRules(row, birth, start);
		return new ServiceEvent(period(row, council), person(row, council, birth, start), circumstances(row),
				event(row, start), service(row));
	}

	private static ServiceEvent.Period period(TypedRow row, String council) {
		LocalDate start = row.date("Reporting Period Start Date");
		return new ServiceEvent.Period(council, FinancialYear.containing(start).label(), start,
				row.date("Reporting Period End Date"));
	}

	private ServiceEvent.Person person(TypedRow row, String council, @Nullable LocalDate birth, LocalDate start) {
		// the contract has rejected invalid NHS numbers, so one that is here links the
		// person
		String localKey = this.pseudonymiser.localPersonKey(council, row.string("LA Person Unique Identifier"));
		String nhsNumber = row.string("NHS Number");
		String nhsKey = (nhsNumber != null) ? this.pseudonymiser.nhsKey(nhsNumber) : null;
		return new ServiceEvent.Person((nhsKey != null) ? nhsKey : localKey, localKey, nhsKey,
				Reductions.birthMonth(birth), Reductions.ageOn(birth, start), row.string("Gender"),
				row.string("Ethnicity"), row.date("Date of Death"));
	}

	private static ServiceEvent.Circumstances circumstances(TypedRow row) {
		return new ServiceEvent.Circumstances(row.string("Client Type"), row.string("Primary Support Reason"),
				Reductions.postcodeDistrict(row.string("Postcode")), row.string("Accommodation Status"),
				row.string("Employment Status"), row.string("Has Unpaid Carer"), row.string("Client Funding Status"));
	}

	private static ServiceEvent.Event event(TypedRow row, LocalDate start) {
		return new ServiceEvent.Event(row.string("Event Type"), row.string("Event Reference"), start,
				row.date("Event End Date"), row.string("Event Outcome"), row.raw("Event Outcome"),
				row.string("Request: Route of Access"), row.string("Assessment Type"),
				row.string("Eligible Needs Identified"));
	}

	private static ServiceEvent.Service service(TypedRow row) {
		return new ServiceEvent.Service(row.string("Service Type"), row.raw("Service Type"),
				row.string("Service Component"), row.string("Delivery Mechanism"),
				row.string("Provider CQC Location ID"), row.string("Provider Type"), abs(row, "Unit Cost"),
				row.string("Cost Frequency (Unit Type)"), row.decimal("Planned units per week"));
	}

	private void checkRules(TypedRow row, @Nullable LocalDate birth, LocalDate start) throws RowRejectedException {
		if ("Service".equals(row.string("Event Type")) && row.string("Service Type") == null) {
			throw new RowRejectedException(ServiceRule.SERVICE_TYPE_MISSING, "Service Type",
					"a Service event must have a Service Type", null);
		}
		if (birth != null && start.isBefore(birth)) {
			throw new RowRejectedException(ServiceRule.EVENT_BEFORE_BIRTH, "Event Start Date",
					"'Event Start Date' " + start + " is before the person's date of birth", start.toString());
		}
		LocalDate death = row.date("Date of Death");
		if (birth != null && death != null && death.isBefore(birth)) {
			throw new RowRejectedException(ServiceRule.DEATH_BEFORE_BIRTH, "Date of Death",
					"'Date of Death' " + death + " is before the person's date of birth", death.toString());
		}
		LocalDate end = row.date("Event End Date");
		if (end != null && end.isBefore(row.date("Reporting Period Start Date"))) {
			throw new RowRejectedException(ServiceRule.EVENT_OUTSIDE_PERIOD, "Event End Date",
					"'Event End Date' " + end + " is before the reporting period starts", end.toString());
		}
	}

	/**
	 * DHSC's cost rules take the absolute unit cost: credits keyed as negatives are still
	 * costs.
	 */
	private static java.math.@Nullable BigDecimal abs(TypedRow row, String column) {
		java.math.BigDecimal value = row.decimal(column);
		return (value != null) ? value.abs() : null;
	}

}
