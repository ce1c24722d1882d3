package org.carewarehouse.pipeline;

import java.math.BigDecimal;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Fails a step whose rows read differ from rows loaded plus rows rejected, or whose
 * control-total column summed over the file differs from its sum over the rows loaded
 * plus the rows rejected: nothing may be lost between the file and the warehouse.
 */
public class ControlTotals implements StepExecutionListener {

	private static final Log logger = LogFactory.getLog(ControlTotals.class);

	/**
	 * The counts a step recorded.
	 *
	 * @param read rows read from the source
	 * @param loaded rows written to the warehouse
	 * @param rejected rows written to the rejects table
	 */
	public record Counts(long read, long loaded, long rejected) {

		/**
		 * Reads the counts from a step's execution context.
		 * @param context the context
		 * @return the counts
		 */
		public static Counts of(ExecutionContext context) {
			return new Counts(context.getLong(CsvBlockReader.ROWS_READ, 0),
					context.getLong(TableItemWriter.ROWS_LOADED, 0), context.getLong(TableItemWriter.ROWS_REJECTED, 0));
		}

		public boolean balanced() {
			return this.read == this.loaded + this.rejected;
		}

	}

	/**
	 * The sums of a contract's control-total column a step recorded, exact.
	 *
	 * @param column the column summed
	 * @param read sum over every row read whose value parses as a decimal
	 * @param loaded sum over the rows written to the warehouse
	 * @param rejected sum over the rejected rows whose value parses as a decimal
	 * @param rejectedUnparsed rejected rows whose value is blank or not a decimal
	 */
	public record Totals(String column, BigDecimal read, BigDecimal loaded, BigDecimal rejected,
			long rejectedUnparsed) {

		/**
		 * Reads the sums from a step's execution context.
		 * @param context the context
		 * @return the sums, or {@code null} if the step's contract declares no control
		 * total
		 */
		public static @Nullable Totals of(ExecutionContext context) {
			if (!context.containsKey(CsvBlockReader.TOTAL_COLUMN)) {
				return null;
			}
			// an empty file is read but never written: its loaded and rejected sums are 0
			return new Totals(context.getString(CsvBlockReader.TOTAL_COLUMN),
					decimal(context, CsvBlockReader.TOTAL_READ), decimal(context, TableItemWriter.TOTAL_LOADED),
					decimal(context, TableItemWriter.TOTAL_REJECTED),
					context.getLong(TableItemWriter.TOTAL_REJECTED_UNPARSED, 0));
		}

		public boolean balanced() {
			return this.read.compareTo(this.loaded.add(this.rejected)) == 0;
		}

		private static BigDecimal decimal(ExecutionContext context, String key) {
			return new BigDecimal(context.getString(key, "0"));
		}

	}

	@Override
	public @Nullable ExitStatus afterStep(StepExecution stepExecution) {
		if (stepExecution.getStatus() != BatchStatus.COMPLETED) {
			return null;
		}
		Counts counts = Counts.of(stepExecution.getExecutionContext());
		Totals totals = Totals.of(stepExecution.getExecutionContext());
		String summary = String.format(Locale.ROOT, "%s: read %d, loaded %d, rejected %d", stepExecution.getStepName(),
				counts.read(), counts.loaded(), counts.rejected());
		if (totals != null) {
			summary += String.format(Locale.ROOT, "; '%s' read %s, loaded %s, rejected %s (%d rejected without one)",
					totals.column(), totals.read().toPlainString(), totals.loaded().toPlainString(),
					totals.rejected().toPlainString(), totals.rejectedUnparsed());
		}
		if (!counts.balanced() || (totals != null && !totals.balanced())) {
			logger.error("Control totals do not balance. " + summary);
			stepExecution.setStatus(BatchStatus.FAILED);
			return ExitStatus.FAILED.addExitDescription("Control totals do not balance: " + summary);
		}
		// one line a file is too many for a night's log; the run's summary table adds
		// them up
		logger.debug(summary);
		return null;
	}

}
