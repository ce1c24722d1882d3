package org.carewarehouse.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One commitment line: the agreed weekly cost of one placement or package over a date
 * range, its person pseudonymised.
 */
public record Commitment(String council, String commitmentReference, String localPersonKey,
		@Nullable String clientGroup, String costCentre, String providerId, @Nullable String providerName,
		@Nullable String service, LocalDate startDate, @Nullable LocalDate endDate, BigDecimal weeklyCost) {

}
