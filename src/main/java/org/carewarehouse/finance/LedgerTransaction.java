package org.carewarehouse.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One general ledger posting; credits and reversals are negative.
 */
public record LedgerTransaction(String council, String financialYear, int period, String costCentre,
		String subjectiveCode, LocalDate postingDate, BigDecimal amount, @Nullable String providerId,
		@Nullable String reference, @Nullable String narrative) {

}
