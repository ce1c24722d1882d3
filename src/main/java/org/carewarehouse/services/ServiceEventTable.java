package org.carewarehouse.services;

import org.carewarehouse.pipeline.Table;

import static org.carewarehouse.pipeline.ColumnType.CODE;
import static org.carewarehouse.pipeline.ColumnType.DATE;
import static org.carewarehouse.pipeline.ColumnType.DECIMAL;
import static org.carewarehouse.pipeline.ColumnType.INTEGER;
import static org.carewarehouse.pipeline.ColumnType.STRING;

/**
 * The {@code services} table: one row per loaded CLD event, partitioned by council and
 * the financial year of its reporting period.
 */
public final class ServiceEventTable {

	/** The table declaration. */
	public static final Table<ServiceEvent> TABLE = Table
		.<ServiceEvent>named("services", "One adult social care event (CLD) as loaded, pseudonymised")
		.partition("council", "GSS code of the council that sent the event", ServiceEvent::council)
		.partition("financial_year", "Financial year of the reporting period, e.g. 2023-24",
				ServiceEvent::financialYear)
		.required("reporting_period_start", DATE, "First day of the submission's period",
				ServiceEvent::reportingPeriodStart)
		.required("reporting_period_end", DATE, "Last day of the submission's period", ServiceEvent::reportingPeriodEnd)
		.required("person_key", STRING, "Keyed hash of the NHS number when valid, else of council and local id",
				ServiceEvent::personKey)
		.distinct()
		.required("local_person_key", STRING, "Keyed hash of council code and the council's person id",
				ServiceEvent::localPersonKey)
		.distinct()
		.optional("nhs_person_key", STRING, "Keyed hash of the NHS number", ServiceEvent::nhsPersonKey)
		.distinct()
		.optional("birth_month", STRING, "Year and month of birth, yyyy-MM", ServiceEvent::birthMonth)
		.optional("age_at_event_start", INTEGER, "Age in whole years on the event start date",
				ServiceEvent::ageAtEventStart)
		.optional("gender", CODE, "Gender", ServiceEvent::gender)
		.optional("ethnicity", STRING, "Ethnicity as recorded", ServiceEvent::ethnicity)
		.optional("date_of_death", DATE, "Date of death", ServiceEvent::dateOfDeath)
		.required("client_type", CODE, "Service User, Carer or Carer known by association", ServiceEvent::clientType)
		.optional("primary_support_reason", CODE, "Primary support reason", ServiceEvent::primarySupportReason)
		.optional("postcode_district", STRING, "Outward code of the person's postcode", ServiceEvent::postcodeDistrict)
		.optional("accommodation_status", STRING, "Accommodation status as recorded", ServiceEvent::accommodationStatus)
		.optional("employment_status", CODE, "Employment status", ServiceEvent::employmentStatus)
		.optional("has_unpaid_carer", CODE, "Yes, No or Unknown", ServiceEvent::hasUnpaidCarer)
		.optional("client_funding_status", STRING, "Who funds the care", ServiceEvent::clientFundingStatus)
		.required("event_type", CODE, "Request, Assessment, Service or Review", ServiceEvent::eventType)
		.optional("event_reference", STRING, "Source system's event reference", ServiceEvent::eventReference)
		.distinct()
		.required("event_start_date", DATE, "Event start date", ServiceEvent::eventStartDate)
		.optional("event_end_date", DATE, "Event end date; null while open", ServiceEvent::eventEndDate)
		.optional("event_outcome", CODE, "Event outcome, normalised", ServiceEvent::eventOutcome)
		.optional("event_outcome_raw", STRING, "Event outcome as spelt in the extract", ServiceEvent::eventOutcomeRaw)
		.optional("route_of_access", CODE, "Request: route of access", ServiceEvent::routeOfAccess)
		.optional("assessment_type", STRING, "Assessment type", ServiceEvent::assessmentType)
		.optional("eligible_needs_identified", STRING, "Whether eligible needs were identified",
				ServiceEvent::eligibleNeedsIdentified)
		.optional("service_type", CODE, "Service type, normalised to the CLD Release 1 spelling",
				ServiceEvent::serviceType)
		.optional("service_type_raw", STRING, "Service type as spelt in the extract", ServiceEvent::serviceTypeRaw)
		.optional("service_component", CODE, "Service component", ServiceEvent::serviceComponent)
		.optional("delivery_mechanism", CODE, "Delivery mechanism", ServiceEvent::deliveryMechanism)
		.optional("provider_id", STRING, "Provider's CQC location id", ServiceEvent::providerId)
		.optional("provider_type", CODE, "In-house or External", ServiceEvent::providerType)
		.optional("unit_cost", DECIMAL, "Absolute cost of one unit in pounds", ServiceEvent::unitCost)
		.optional("cost_frequency", CODE, "What one unit covers (Weekly, Hourly, One-off...)",
				ServiceEvent::costFrequency)
		.optional("planned_units_per_week", DECIMAL, "Planned units a week", ServiceEvent::plannedUnitsPerWeek)
		.build();

	private ServiceEventTable() {
	}

}
