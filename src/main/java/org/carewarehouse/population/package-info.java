/**
 * The population feed: ONS mid-year estimates and projections in the MYEB1 layout
 * ({@code population/mye-*.csv}, {@code population/snpp-*.csv}), loaded by district into
 * the {@code population} table; counties are the sum of their districts in SQL.
 */
@NullMarked
package org.carewarehouse.population;

import org.jspecify.annotations.NullMarked;
