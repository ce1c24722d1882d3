package org.carewarehouse.finance;

import org.jspecify.annotations.Nullable;

/**
 * One cost centre and its ASC-FR service line.
 */
public record CostCentre(String council, String costCentre, @Nullable String costCentreName, String supportSetting,
		@Nullable String primarySupportReason, @Nullable String ageBand, @Nullable String activityProvision) {

}
