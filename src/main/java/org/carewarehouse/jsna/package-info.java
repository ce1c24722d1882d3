/**
 * The JSNA feed: indicator values from the OHID Fingertips export
 * ({@code jsna/fingertips-*.csv}), loaded into the {@code fingertips} table.
 */
@NullMarked
package org.carewarehouse.jsna;

import org.jspecify.annotations.NullMarked;
