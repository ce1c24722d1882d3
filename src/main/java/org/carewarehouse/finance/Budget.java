package org.carewarehouse.finance;

import java.math.BigDecimal;

/**
 * The budget of one cost centre for one period.
 */
public record Budget(String council, String financialYear, int period, String costCentre, BigDecimal amount) {

}
