/**
 * The benchmark: the nightly job against DuckDB's own {@code COPY ... TO ... (FORMAT
 * PARQUET)} of the same files, in one run. Built into the tools jar with the sample
 * generator, not into the application's.
 */
@NullMarked
package org.carewarehouse.bench;

import org.jspecify.annotations.NullMarked;
