package org.carewarehouse.pipeline;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A checked block with its valid rows already encoded as Parquet, one file in memory per
 * partition, so that the step thread only has to write them.
 *
 * @param parts the encoded rows by partition path, e.g.
 * {@code council=E08000014/financial_year=2023-24}
 * @param rejects every broken rule, possibly several for one row
 * @param rejectedRows how many rows were rejected
 * @param totals the control-total column summed over loaded and rejected rows, or
 * {@code null} when the contract declares none
 */
public record EncodedBlock(Map<String, ParquetTableWriter.Encoded> parts, List<Reject> rejects, int rejectedRows,
		CheckedBlock.@Nullable Totals totals) {

}
