package org.carewarehouse.services;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One adult social care event after validation and pseudonymisation: no names, NHS
 * number, full date of birth or full postcode.
 */
public record ServiceEvent(String council, String financialYear, LocalDate reportingPeriodStart,
		LocalDate reportingPeriodEnd, String personKey, String localPersonKey, @Nullable String nhsPersonKey,
		@Nullable String birthMonth, @Nullable Integer ageAtEventStart, @Nullable String gender,
		@Nullable String ethnicity, @Nullable LocalDate dateOfDeath, String clientType,
		@Nullable String primarySupportReason, @Nullable String postcodeDistrict, @Nullable String accommodationStatus,
		@Nullable String employmentStatus, @Nullable String hasUnpaidCarer, @Nullable String clientFundingStatus,
		String eventType, @Nullable String eventReference, LocalDate eventStartDate, @Nullable LocalDate eventEndDate,
		@Nullable String eventOutcome, @Nullable String eventOutcomeRaw, @Nullable String routeOfAccess,
		@Nullable String assessmentType, @Nullable String eligibleNeedsIdentified, @Nullable String serviceType,
		@Nullable String serviceTypeRaw, @Nullable String serviceComponent, @Nullable String deliveryMechanism,
		@Nullable String providerId, @Nullable String providerType, @Nullable BigDecimal unitCost,
		@Nullable String costFrequency, @Nullable BigDecimal plannedUnitsPerWeek) {

}
