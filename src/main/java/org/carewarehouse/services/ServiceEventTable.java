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
		.partition("council", "GSS code of the council that sent the event", (e) -> e.period().council())
		.partition("financial_year", "Financial year of the reporting period, e.g. 2023-24",
				(e) -> e.period().financialYear())
		.required("reporting_period_start", DATE, "First day of the submission's period", (e) -> e.period().start())
		.required("reporting_period_end", DATE, "Last day of the submission's period", (e) -> e.period().end())
		.required("person_key", STRING, "Keyed hash of the NHS number when valid, else of council and local id",
				(e) -> e.person().personKey())
		.distinct()
		.required("local_person_key", STRING, "Keyed hash of council code and the council's person id",
				(e) -> e.person().localPersonKey())
		.distinct()
		.optional("nhs_person_key", STRING, "Keyed hash of the NHS number", (e) -> e.person().nhsPersonKey())
		.distinct()
		.optional("birth_month", STRING, "Year and month of birth, yyyy-MM", (e) -> e.person().birthMonth())
		.optional("age_at_event_start", INTEGER, "Age in whole years on the event start date",
				(e) -> e.person().ageAtEventStart())
		.optional("gender", CODE, "Gender", (e) -> e.person().gender())
		.optional("ethnicity", STRING, "Ethnicity as recorded", (e) -> e.person().ethnicity())
		.optional("date_of_death", DATE, "Date of death", (e) -> e.person().dateOfDeath())
		.required("client_type", CODE, "Service User, Carer or Carer known by association",
				(e) -> e.circumstances().clientType())
		.optional("primary_support_reason", CODE, "Primary support reason",
				(e) -> e.circumstances().primarySupportReason())
		.optional("postcode_district", STRING, "Outward code of the person's postcode",
				(e) -> e.circumstances().postcodeDistrict())
		.optional("accommodation_status", STRING, "Accommodation status as recorded",
				(e) -> e.circumstances().accommodationStatus())
		.optional("employment_status", CODE, "Employment status", (e) -> e.circumstances().employmentStatus())
		.optional("has_unpaid_carer", CODE, "Yes, No or Unknown", (e) -> e.circumstances().hasUnpaidCarer())
		.optional("client_funding_status", STRING, "Who funds the care", (e) -> e.circumstances().clientFundingStatus())
		.required("event_type", CODE, "Request, Assessment, Service or Review", (e) -> e.event().type())
		.optional("event_reference", STRING, "Source system's event reference", (e) -> e.event().reference())
		.distinct()
		.required("event_start_date", DATE, "Event start date", (e) -> e.event().start())
		.optional("event_end_date", DATE, "Event end date; null while open", (e) -> e.event().end())
		.optional("event_outcome", CODE, "Event outcome, normalised", (e) -> e.event().outcome())
		.optional("event_outcome_raw", STRING, "Event outcome as spelt in the extract", (e) -> e.event().outcomeRaw())
		.optional("route_of_access", CODE, "Request: route of access", (e) -> e.event().routeOfAccess())
		.optional("assessment_type", STRING, "Assessment type", (e) -> e.event().assessmentType())
		.optional("eligible_needs_identified", STRING, "Whether eligible needs were identified",
				(e) -> e.event().eligibleNeedsIdentified())
		.optional("service_type", CODE, "Service type, normalised to the CLD Release 1 spelling",
				(e) -> e.service().type())
		.optional("service_type_raw", STRING, "Service type as spelt in the extract", (e) -> e.service().typeRaw())
		.optional("service_component", CODE, "Service component", (e) -> e.service().component())
		.optional("delivery_mechanism", CODE, "Delivery mechanism", (e) -> e.service().deliveryMechanism())
		.optional("provider_id", STRING, "Provider's CQC location id", (e) -> e.service().providerId())
		.optional("provider_type", CODE, "In-house or External", (e) -> e.service().providerType())
		.optional("unit_cost", DECIMAL, "Absolute cost of one unit in pounds", (e) -> e.service().unitCost())
		.optional("cost_frequency", CODE, "What one unit covers (Weekly, Hourly, One-off...)",
				(e) -> e.service().costFrequency())
		.optional("planned_units_per_week", DECIMAL, "Planned units a week", (e) -> e.service().plannedUnitsPerWeek())
		.build();

	private ServiceEventTable() {
	}

}
