/**
 * The synthetic sample: a deterministic multi-council world of invented people written as
 * the source systems' extracts, calibrated so that the indicators computed from it
 * reproduce the figures councils published. Nothing here describes a real person.
 */
@NullMarked
package org.carewarehouse.sampledata;

import org.jspecify.annotations.NullMarked;
