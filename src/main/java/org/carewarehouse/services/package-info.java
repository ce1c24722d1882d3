/**
 * The adult services feed: Client Level Data (CLD) events from the council's case
 * management extract ({@code case-management/services-*.csv}), loaded into the
 * {@code services} table.
 */
@NullMarked
package org.carewarehouse.services;

import org.jspecify.annotations.NullMarked;
