/**
 * The hospital discharges feed: discharges and emergency readmissions from the NHS
 * partner ({@code nhs-partner/hospital-discharges-*.csv}), loaded into the
 * {@code hospital_discharges} table for the reablement indicators.
 */
@NullMarked
package org.carewarehouse.discharges;

import org.jspecify.annotations.NullMarked;
