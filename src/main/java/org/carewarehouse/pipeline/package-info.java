/**
 * Generic plumbing shared by every feed: data contracts, the CSV reader, row validation,
 * rejects, control totals and the Parquet writer. Nothing here names a domain concept.
 */
@NullMarked
package org.carewarehouse.pipeline;

import org.jspecify.annotations.NullMarked;
