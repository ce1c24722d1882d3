/**
 * The warehouse: where a run's tables live, and the DuckDB catalog of views over them
 * that analysts and BI tools open.
 */
@NullMarked
package org.carewarehouse.warehouse;

import org.jspecify.annotations.NullMarked;
