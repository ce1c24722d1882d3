package org.carewarehouse.pipeline;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A block after validation: the rows that passed, typed, and the rules the others broke.
 *
 * @param <T> the typed row
 * @param rows rows that passed every rule
 * @param rejects every broken rule, possibly several for one row
 * @param rejectedRows how many rows were rejected
 * @param totals the control-total column summed over loaded and rejected rows, or
 * {@code null} when the contract declares none
 */
public record CheckedBlock<T>(List<T> rows, List<Reject> rejects, int rejectedRows, @Nullable Totals totals) {

	/**
	 * A block of a feed without a control total.
	 * @param rows rows that passed every rule
	 * @param rejects every broken rule
	 * @param rejectedRows how many rows were rejected
	 */
	public CheckedBlock(List<T> rows, List<Reject> rejects, int rejectedRows) {
		this(rows, rejects, rejectedRows, null);
	}

	/**
	 * The control-total column of a block's rows.
	 *
	 * @param loaded sum of the loaded rows' values
	 * @param rejected sum of the rejected rows' values that parse as decimals
	 * @param rejectedUnparsed rejected rows whose value is blank or not a decimal
	 */
	public record Totals(BigDecimal loaded, BigDecimal rejected, long rejectedUnparsed) {

		/** Nothing summed yet. */
		public static final Totals NONE = new Totals(BigDecimal.ZERO, BigDecimal.ZERO, 0);

		/**
		 * Both sums together.
		 * @param other the other sums
		 * @return the total
		 */
		public Totals plus(Totals other) {
			return new Totals(this.loaded.add(other.loaded), this.rejected.add(other.rejected),
					this.rejectedUnparsed + other.rejectedUnparsed);
		}

	}

}
