package org.carewarehouse.pipeline;

import java.util.List;

/**
 * A block after validation: the rows that passed, typed, and the rules the others broke.
 *
 * @param <T> the typed row
 * @param rows rows that passed every rule
 * @param rejects every broken rule, possibly several for one row
 * @param rejectedRows how many rows were rejected
 */
public record CheckedBlock<T>(List<T> rows, List<Reject> rejects, int rejectedRows) {

}
