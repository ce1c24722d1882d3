package org.carewarehouse.pipeline;

import java.math.BigDecimal;
import java.util.function.BiFunction;

import org.apache.hadoop.fs.Path;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Refuses a file whose rejected rows pass the allowed share, once its step has loaded it:
 * a table gutted by a broken extract must not publish as if the night were good. The
 * file's loaded rows are removed from the run, its counts (and control-total sums) move
 * from loaded to rejected so that read = loaded + rejected still holds, its row-level
 * rejects stay to say why, and the step ends REFUSED with a file-level reject.
 */
class RejectShare implements StepExecutionListener {

	private final FeedProperties properties;

	private final TableParts parts;

	private final Path run;

	private final String fileName;

	private final BiFunction<StepExecution, String, ExitStatus> refuse;

	/**
	 * @param parts the file's parts in its feed's table
	 * @param run the run folder
	 * @param fileName the source file's name
	 * @param refuse records the file-level reject, given the step and its message, and
	 * gives the step's exit status
	 */
	RejectShare(FeedProperties properties, TableParts parts, Path run, String fileName,
			BiFunction<StepExecution, String, ExitStatus> refuse) {
		this.properties = properties;
		this.parts = parts;
		this.run = run;
		this.fileName = fileName;
		this.refuse = refuse;
	}

	@Override
	public @Nullable ExitStatus afterStep(StepExecution step) {
		ControlTotals.Counts counts = ControlTotals.Counts.of(step.getExecutionContext());
		if (step.getStatus() != BatchStatus.COMPLETED || !counts.balanced()
				|| counts.read() < this.properties.rejectCheckMinRows() || !tooMany(counts)) {
			return null;
		}
		this.parts.remove(this.run);
		moveLoadedToRejected(step.getExecutionContext(), counts);
		String message = String.format(
				"%s: %d of %d rows (%s%%) broke a rule, more than the %s%% allowed; the file "
						+ "is refused and none of its rows load",
				this.fileName, counts.rejected(), counts.read(), percent(counts),
				this.properties.maxRejectedPercent().toPlainString());
		return this.refuse.apply(step, message);
	}

	private boolean tooMany(ControlTotals.Counts counts) {
		return BigDecimal.valueOf(counts.rejected() * 100)
			.compareTo(this.properties.maxRejectedPercent().multiply(BigDecimal.valueOf(counts.read()))) > 0;
	}

	private static String percent(ControlTotals.Counts counts) {
		return BigDecimal.valueOf(counts.rejected() * 100)
			.divide(BigDecimal.valueOf(counts.read()), 1, java.math.RoundingMode.HALF_UP)
			.toPlainString();
	}

	private static void moveLoadedToRejected(ExecutionContext context, ControlTotals.Counts counts) {
		context.putLong(TableItemWriter.ROWS_LOADED, 0);
		context.putLong(TableItemWriter.ROWS_REJECTED, counts.read());
		if (context.containsKey(TableItemWriter.TOTAL_LOADED)) {
			BigDecimal loaded = new BigDecimal(context.getString(TableItemWriter.TOTAL_LOADED));
			BigDecimal rejected = new BigDecimal(context.getString(TableItemWriter.TOTAL_REJECTED));
			context.putString(TableItemWriter.TOTAL_REJECTED, rejected.add(loaded).toPlainString());
			context.putString(TableItemWriter.TOTAL_LOADED, "0");
		}
	}

}
