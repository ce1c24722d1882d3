package org.carewarehouse.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.function.Consumer;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
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

	private final Path tableFolder;

	private final String partName;

	private final Configuration hadoop;

	private final Consumer<String> refuse;

	/**
	 * @param refuse records the file-level reject, given its message
	 */
	RejectShare(FeedProperties properties, Path tableFolder, String partName, Configuration hadoop,
			Consumer<String> refuse) {
		this.properties = properties;
		this.tableFolder = tableFolder;
		this.partName = partName;
		this.hadoop = hadoop;
		this.refuse = refuse;
	}

	@Override
	public @Nullable ExitStatus afterStep(StepExecution step) {
		ControlTotals.Counts counts = ControlTotals.Counts.of(step.getExecutionContext());
		if (step.getStatus() != BatchStatus.COMPLETED || !counts.balanced()
				|| counts.read() < this.properties.rejectCheckMinRows() || !tooMany(counts)) {
			return null;
		}
		removeLoadedParts();
		moveLoadedToRejected(step.getExecutionContext(), counts);
		String message = String.format(
				"%s: %d of %d rows (%s%%) broke a rule, more than the %s%% allowed; the file "
						+ "is refused and none of its rows load",
				this.partName, counts.rejected(), counts.read(), percent(counts),
				this.properties.maxRejectedPercent().toPlainString());
		this.refuse.accept(message);
		return new ExitStatus(FeedSteps.REFUSED, message);
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

	private void removeLoadedParts() {
		try {
			FileSystem fs = this.tableFolder.getFileSystem(this.hadoop);
			if (!fs.exists(this.tableFolder)) {
				return;
			}
			RemoteIterator<LocatedFileStatus> files = fs.listFiles(this.tableFolder, true);
			java.util.List<Path> parts = new java.util.ArrayList<>();
			while (files.hasNext()) {
				FileStatus file = files.next();
				if (file.getPath().getName().startsWith(this.partName + "-")) {
					parts.add(file.getPath());
				}
			}
			for (Path part : parts) {
				fs.delete(part, false);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot remove the refused file's rows from " + this.tableFolder, ex);
		}
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
