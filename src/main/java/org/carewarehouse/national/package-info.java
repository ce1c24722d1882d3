/**
 * The national comparison feeds: the published adult social care finance return data file
 * ({@code national/asc-fr-<yyyy-yy>.csv}, loaded into {@code ascfr_items}) and the
 * published ASCOF measures file ({@code national/ascof-<yyyy-yy>.csv}, loaded into
 * {@code ascof_measures}), each in NHS England's own layout, for every council in
 * England.
 */
@NullMarked
package org.carewarehouse.national;

import org.jspecify.annotations.NullMarked;
