package org.carewarehouse.discharges;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One hospital discharge, pseudonymised.
 */
record Discharge(String council, String financialYear, String personKey, @Nullable String nhsPersonKey,
		@Nullable String localPersonKey, LocalDate dischargeDate, @Nullable LocalDate readmissionDate,
		String sourceFile, long sourceLine) {

}
