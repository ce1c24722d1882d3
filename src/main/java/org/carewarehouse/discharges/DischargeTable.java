package org.carewarehouse.discharges;

import org.carewarehouse.pipeline.Table;

import static org.carewarehouse.pipeline.ColumnType.DATE;
import static org.carewarehouse.pipeline.ColumnType.STRING;

/**
 * The {@code hospital_discharges} table, partitioned by council and the financial year of
 * the discharge.
 */
final class DischargeTable {

	static final Table<Discharge> TABLE = Table
		.<Discharge>named("hospital_discharges", "One hospital discharge from the NHS partner, pseudonymised")
		.partition("council", "GSS code of the person's council", Discharge::council)
		.partition("financial_year", "Financial year of the discharge date", Discharge::financialYear)
		.required("person_key", STRING,
				"Keyed hash of the NHS number when valid, else of council and local id; "
						+ "joins to services.person_key",
				Discharge::personKey)
		.optional("nhs_person_key", STRING, "Keyed hash of the NHS number", Discharge::nhsPersonKey)
		.optional("local_person_key", STRING, "Keyed hash of council code and the council's person id",
				Discharge::localPersonKey)
		.required("discharge_date", DATE, "Date the person left hospital", Discharge::dischargeDate)
		.optional("readmission_date", DATE, "Date of an emergency readmission after the discharge",
				Discharge::readmissionDate)
		.optional("admission_date", DATE, "Start of the hospital spell (SUS Admission_Date)", Discharge::admissionDate)
		.optional("admission_method", STRING, "NHS Data Dictionary admission method code (SUS Admission_Method)",
				Discharge::admissionMethod)
		.optional("discharge_destination", STRING,
				"NHS Data Dictionary discharge destination code (SUS Discharge_Destination)",
				Discharge::dischargeDestination)
		.build();

	private DischargeTable() {
	}

}
