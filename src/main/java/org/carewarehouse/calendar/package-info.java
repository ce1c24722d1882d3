/**
 * Financial years and periods as English councils count them (April to March).
 */
@NullMarked
package org.carewarehouse.calendar;

import org.jspecify.annotations.NullMarked;
