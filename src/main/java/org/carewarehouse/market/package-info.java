/**
 * The market feed: registered care locations in the layout of the CQC care directory
 * ({@code market/cqc-locations-*.csv}), loaded into {@code cqc_locations} and joined to
 * the services and commitments by CQC location id.
 */
@NullMarked
package org.carewarehouse.market;

import org.jspecify.annotations.NullMarked;
