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
 * Decides, once a file's step has read it, whether the file stands or is refused as a
 * whole, in the order a data owner would look: it could not be read to its end (damaged,
 * cut short, not CSV); it is far smaller than on recent nights; more of its rows broke a
 * rule than the share allowed. A refused file's loaded rows are removed from the run, its
 * counts (and control-total sums) move from loaded to rejected so that read = loaded +
 * rejected still holds, any row-level rejects stay to say why, and the step ends REFUSED
 * with a file-level reject.
 */
class FileVerdict implements StepExecutionListener {

	private final FeedProperties properties;

	private final RowCountDrop drops;

	private final CsvBlockReader reader;

	private final TableParts parts;

	private final Path run;

	private final String feed;

	private final String fileName;

	private final BiFunction<StepExecution, Reject, ExitStatus> refuse;

	/**
	 * @param drops says whether the file is far smaller than on recent nights
	 * @param reader the file's reader, which keeps why the file could not be read to its
	 * end
	 * @param parts the file's parts in its feed's table
	 * @param run the run folder
	 * @param feed the feed's contract name
	 * @param fileName the source file's name
	 * @param refuse records the file-level reject, given the step and the reject, and
	 * gives the step's exit status
	 */
	FileVerdict(FeedProperties properties, RowCountDrop drops, CsvBlockReader reader, TableParts parts, Path run,
			String feed, String fileName, BiFunction<StepExecution, Reject, ExitStatus> refuse) {
		this.properties = properties;
		this.drops = drops;
		this.reader = reader;
		this.parts = parts;
		this.run = run;
		this.feed = feed;
		this.fileName = fileName;
		this.refuse = refuse;
	}

	@Override
	public @Nullable ExitStatus afterStep(StepExecution step) {
		ControlTotals.Counts counts = ControlTotals.Counts.of(step.getExecutionContext());
		if (step.getStatus() != BatchStatus.COMPLETED || !counts.balanced()) {
			return null;
		}
		Reject refusal = refusal(step, counts);
		if (refusal == null) {
			return null;
		}
		this.parts.remove(this.run);
		moveLoadedToRejected(step.getExecutionContext(), counts);
		return this.refuse.apply(step, refusal);
	}

	private @Nullable Reject refusal(StepExecution step, ControlTotals.Counts counts) {
		FileRejectedException unread = this.reader.problem();
		if (unread != null) {
			return Reject.refusal(this.feed, this.fileName, unread.line(), unread.rule(), unread.getMessage());
		}
		String drop = this.drops.problem(step, this.fileName, counts.read());
		if (drop != null) {
			return Reject.refusal(this.feed, this.fileName, 0, FileRule.ROW_COUNT_DROP, drop);
		}
		if (counts.read() < this.properties.rejectCheckMinRows() || !tooMany(counts)) {
			return null;
		}
		String message = String.format(
				"%s: %d of %d rows (%s%%) broke a rule, more than the %s%% allowed; the file "
						+ "is refused and none of its rows load",
				this.fileName, counts.rejected(), counts.read(), percent(counts),
				this.properties.maxRejectedPercent().toPlainString());
		return Reject.refusal(this.feed, this.fileName, 0, FileRule.TOO_MANY_REJECTED, message);
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
