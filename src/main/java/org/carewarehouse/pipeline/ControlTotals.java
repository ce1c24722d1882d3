package org.carewarehouse.pipeline;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Fails a step whose rows read differ from rows loaded plus rows rejected: nothing may be
 * lost between the file and the warehouse.
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

	@Override
	public @Nullable ExitStatus afterStep(StepExecution stepExecution) {
		if (stepExecution.getStatus() != BatchStatus.COMPLETED) {
			return null;
		}
		Counts counts = Counts.of(stepExecution.getExecutionContext());
		String summary = String.format("%s: read %d, loaded %d, rejected %d", stepExecution.getStepName(),
				counts.read(), counts.loaded(), counts.rejected());
		if (!counts.balanced()) {
			logger.error("Control totals do not balance. " + summary);
			stepExecution.setStatus(BatchStatus.FAILED);
			return ExitStatus.FAILED.addExitDescription("Control totals do not balance: " + summary);
		}
		logger.info(summary);
		return null;
	}

}
