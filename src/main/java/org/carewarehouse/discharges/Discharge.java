package org.carewarehouse.discharges;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One hospital discharge, pseudonymised, with the SUS admission fields when the partner
 * sends them.
 */
record Discharge(String council, String financialYear, String personKey, @Nullable String nhsPersonKey,
		@Nullable String localPersonKey, LocalDate dischargeDate, @Nullable LocalDate readmissionDate,
		@Nullable LocalDate admissionDate, @Nullable String admissionMethod, @Nullable String dischargeDestination) {

}
