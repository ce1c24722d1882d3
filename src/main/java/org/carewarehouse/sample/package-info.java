/**
 * Deterministic synthetic sample data: invented people in several real councils written as
 * each source system would export them (the case-management Client Level Data extract, the
 * NHS partner's hospital discharges, ONS mid-year population estimates), calibrated so the
 * indicators computed from them reproduce the figures the councils published.
 */
@NullMarked
package org.carewarehouse.sample;

import org.jspecify.annotations.NullMarked;
