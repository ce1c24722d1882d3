package org.carewarehouse.services;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One adult social care event after validation and pseudonymisation: no names, NHS
 * number, full date of birth or full postcode. Its parts follow the CLD specification's
 * groups of fields, so that each is built from the columns it names.
 *
 * @param period the submission the event came in
 * @param person who the event is about, pseudonymised
 * @param circumstances the person's circumstances as recorded with the event
 * @param event the event itself
 * @param service the service, for a Service event
 */
public record ServiceEvent(Period period, Person person, Circumstances circumstances, Event event, Service service) {

	/**
	 * The submission's council and reporting period.
	 *
	 * @param council GSS code of the council
	 * @param financialYear financial year of the period's start, e.g. 2023-24
	 * @param start first day of the period
	 * @param end last day of the period
	 */
	public record Period(String council, String financialYear, LocalDate start, LocalDate end) {

	}

	/**
	 * The person: keys, and what is kept of date of birth and the demographics.
	 *
	 * @param personKey keyed hash of the NHS number when valid, else of the local id
	 * @param localPersonKey keyed hash of council code and local id
	 * @param nhsPersonKey keyed hash of the NHS number
	 * @param birthMonth year and month of birth
	 * @param ageAtEventStart age in whole years when the event started
	 * @param gender gender
	 * @param ethnicity ethnicity as recorded
	 * @param dateOfDeath date of death
	 */
	public record Person(String personKey, String localPersonKey, @Nullable String nhsPersonKey,
			@Nullable String birthMonth, @Nullable Integer ageAtEventStart, @Nullable String gender,
			@Nullable String ethnicity, @Nullable LocalDate dateOfDeath) {

	}

	/**
	 * The person's circumstances as recorded with the event.
	 *
	 * @param clientType service user or carer
	 * @param primarySupportReason primary support reason
	 * @param postcodeDistrict outward code of the postcode
	 * @param accommodationStatus accommodation status
	 * @param employmentStatus employment status
	 * @param hasUnpaidCarer whether the person has an unpaid carer
	 * @param clientFundingStatus who funds the care
	 */
	public record Circumstances(String clientType, @Nullable String primarySupportReason,
			@Nullable String postcodeDistrict, @Nullable String accommodationStatus, @Nullable String employmentStatus,
			@Nullable String hasUnpaidCarer, @Nullable String clientFundingStatus) {

	}

	/**
	 * The event: request, assessment, service or review.
	 *
	 * @param type event type
	 * @param reference the source system's reference
	 * @param start start date
	 * @param end end date, null while open
	 * @param outcome outcome, normalised
	 * @param outcomeRaw outcome as spelt in the extract
	 * @param routeOfAccess a request's route of access
	 * @param assessmentType an assessment's type
	 * @param eligibleNeedsIdentified whether an assessment found eligible needs
	 */
	public record Event(String type, @Nullable String reference, LocalDate start, @Nullable LocalDate end,
			@Nullable String outcome, @Nullable String outcomeRaw, @Nullable String routeOfAccess,
			@Nullable String assessmentType, @Nullable String eligibleNeedsIdentified) {

	}

	/**
	 * The service a Service event delivers; every part blank on other events.
	 *
	 * @param type service type, normalised
	 * @param typeRaw service type as spelt in the extract
	 * @param component service component
	 * @param deliveryMechanism delivery mechanism
	 * @param providerId provider's CQC location id
	 * @param providerType in-house or external
	 * @param unitCost absolute cost of one unit
	 * @param costFrequency what one unit covers
	 * @param plannedUnitsPerWeek planned units a week
	 */
	public record Service(@Nullable String type, @Nullable String typeRaw, @Nullable String component,
			@Nullable String deliveryMechanism, @Nullable String providerId, @Nullable String providerType,
			@Nullable BigDecimal unitCost, @Nullable String costFrequency, @Nullable BigDecimal plannedUnitsPerWeek) {

	}

}
