/**
 * Reports written from the published catalog: a board report per council (its published
 * indicators with trend and position among councils, as static HTML with inline SVG
 * charts) and a data quality report per council (rejects, completeness, validity, refused
 * files and missing denominators, as a spreadsheet and CSV files).
 */
@NullMarked
package org.carewarehouse.reports;

import org.jspecify.annotations.NullMarked;
