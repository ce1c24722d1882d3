package org.carewarehouse.pipeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Refuses a file far smaller than on recent nights: an extract cut short at the source (a
 * query that timed out, a filter left on) reads cleanly and would otherwise replace a
 * council's data with a fraction of it. Recent nights are the job repository's latest
 * completed runs, where the step of the same file name loaded (was not refused); their
 * median, not their largest, is the yardstick, so that one unusual night (a double
 * extract, a one-off backlog) neither sets the bar nor lowers it.
 */
final class RowCountDrop {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final FeedProperties properties;

	private final JobRepository repository;

	RowCountDrop(FeedProperties properties, JobRepository repository) {
		this.properties = properties;
		this.repository = repository;
	}

	/**
	 * Why a file is refused for its row count.
	 * @param step the file's step
	 * @param fileName the file's name
	 * @param rows the rows the file holds tonight
	 * @return the reason, or {@code null} if the file may load
	 */
	@Nullable String problem(StepExecution step, String fileName, long rows) {
		BigDecimal percent = this.properties.minRowsPercentOfRecent();
		if (percent.signum() <= 0 || this.properties.recentNights() <= 0) {
			return null;
		}
		List<Long> recent = recentRowsRead(step);
		if (recent.isEmpty()) {
			return null;
		}
		long median = median(recent);
		if (median < this.properties.rejectCheckMinRows() || BigDecimal.valueOf(rows)
			.multiply(HUNDRED)
			.compareTo(percent.multiply(BigDecimal.valueOf(median))) >= 0) {
			return null;
		}
		return String.format(
				"%s: %d rows, fewer than %s%% of the %d rows it held on recent nights (median of %s); the file "
						+ "looks cut short at the source and is refused",
				fileName, rows, percent.toPlainString(), median, recent);
	}

	/**
	 * Rows read by the step of the same name in the latest completed runs before this
	 * one, newest first.
	 */
	private List<Long> recentRowsRead(StepExecution step) {
		JobInstance current = step.getJobExecution().getJobInstance();
		int nights = this.properties.recentNights();
		List<Long> rows = new ArrayList<>();
		// failed nights are passed over, within reason
		for (JobInstance instance : this.repository.getJobInstances(current.getJobName(), 0, nights * 3)) {
			if (rows.size() == nights) {
				break;
			}
			JobExecution last = this.repository.getLastJobExecution(instance);
			if (instance.getInstanceId() == current.getInstanceId() || last == null
					|| last.getStatus() != BatchStatus.COMPLETED) {
				continue;
			}
			StepExecution earlier = this.repository.getLastStepExecution(instance, step.getStepName());
			if (earlier != null && earlier.getStatus() == BatchStatus.COMPLETED
					&& !FeedSteps.REFUSED.equals(earlier.getExitStatus().getExitCode())) {
				rows.add(ControlTotals.Counts.of(earlier.getExecutionContext()).read());
			}
		}
		return rows;
	}

	/** The middle value; of an even count, the lower of the two middle ones. */
	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get((sorted.size() - 1) / 2);
	}

}
