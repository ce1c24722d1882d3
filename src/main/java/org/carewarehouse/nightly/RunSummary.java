package org.carewarehouse.nightly;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.carewarehouse.pipeline.ControlTotals;
import org.carewarehouse.pipeline.FeedSteps;

import org.springframework.batch.core.step.StepExecution;

/**
 * The one-screen table at the end of a night: per feed, its files, rows read, loaded and
 * rejected, files refused as a whole and seconds, so an operator sees the night at a
 * glance while the per-file lines stay at DEBUG.
 */
final class RunSummary {

	private static final String COLUMNS = " %6s %10s %10s %10s %8s %8s%n";

	private final Map<String, Feed> feeds = new TreeMap<>();

	/**
	 * Adds up a night's file steps by feed.
	 * @param steps the job execution's steps
	 * @return the summary
	 */
	static RunSummary of(Iterable<StepExecution> steps) {
		RunSummary summary = new RunSummary();
		for (StepExecution step : steps) {
			int at = step.getStepName().indexOf(FeedSteps.FILE_STEP);
			if (at > 0) {
				summary.feeds.merge(step.getStepName().substring(0, at), Feed.of(step), Feed::plus);
			}
		}
		return summary;
	}

	void print(PrintStream out) {
		int width = this.feeds.keySet().stream().mapToInt(String::length).max().orElse(0);
		String row = "%-" + Math.max(width, "total".length()) + "s" + COLUMNS;
		out.printf(row, "feed", "files", "read", "loaded", "rejected", "refused", "seconds");
		Feed total = new Feed(0, 0, 0, 0, 0, Duration.ZERO);
		for (Map.Entry<String, Feed> feed : this.feeds.entrySet()) {
			print(out, row, feed.getKey(), feed.getValue());
			total = total.plus(feed.getValue());
		}
		print(out, row, "total", total);
	}

	private static void print(PrintStream out, String row, String name, Feed feed) {
		out.printf(row, name, feed.files(), feed.read(), feed.loaded(), feed.rejected(), feed.refused(),
				String.format(Locale.ROOT, "%.1f", feed.time().toMillis() / 1000.0));
	}

	private record Feed(int files, long read, long loaded, long rejected, int refused, Duration time) {

		static Feed of(StepExecution step) {
			ControlTotals.Counts counts = ControlTotals.Counts.of(step.getExecutionContext());
			boolean refused = FeedSteps.REFUSED.equals(step.getExitStatus().getExitCode());
			Duration time = (step.getStartTime() != null && step.getEndTime() != null)
					? Duration.between(step.getStartTime(), step.getEndTime()) : Duration.ZERO;
			return new Feed(1, counts.read(), counts.loaded(), counts.rejected(), refused ? 1 : 0, time);
		}

		Feed plus(Feed other) {
			return new Feed(this.files + other.files, this.read + other.read, this.loaded + other.loaded,
					this.rejected + other.rejected, this.refused + other.refused, this.time.plus(other.time));
		}

	}

}
