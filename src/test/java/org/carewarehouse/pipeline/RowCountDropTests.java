package org.carewarehouse.pipeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file is measured against the median rows read by its step on the latest completed
 * nights where it loaded, at 50% of it by default; refused and failed nights do not
 * count, and no history or a setting of 0 means no check. Files of 5 rows or more are
 * checked.
 */
class RowCountDropTests {

	private static final String STEP = "servicesFileStep:services-E08000014-2023-24.csv";

	private final History history = new History();

	@Test
	void aFileUnderHalfTheMedianOfItsRecentNightsIsRefused() {
		// newest first: 100, 10 (a short night that does not lower the bar), 100, 90, 120
		this.history.night(100).night(10).night(100).night(90).night(120);

		assertThat(check(50, 5, 49)).contains("49 rows, fewer than 50% of the 100 rows");
		assertThat(check(50, 5, 50)).isNull();
	}

	@Test
	void onlyTheLatestNightsCount() {
		this.history.night(10).night(10).night(1000).night(1000).night(1000);

		assertThat(check(50, 2, 6)).isNull();
		assertThat(check(50, 2, 4)).contains("fewer than 50% of the 10 rows");
	}

	@Test
	void refusedAndFailedNightsAreNotRecentNights() {
		this.history.refused(3).failed(4).night(100);

		assertThat(check(50, 1, 40)).contains("of the 100 rows");
	}

	@Test
	void noHistoryOrASettingOfZeroMeansNoCheck() {
		assertThat(check(50, 5, 1)).isNull();
		this.history.night(100);
		assertThat(check(0, 5, 1)).isNull();
		assertThat(check(50, 0, 1)).isNull();
	}

	@Test
	void aFileWhoseRecentNightsHeldFewerRowsThanTheMinimumIsNotChecked() {
		this.history.night(4).night(4);

		assertThat(check(50, 5, 1)).isNull();
	}

	private @Nullable String check(int percent, int nights, long rows) {
		FeedProperties properties = new FeedProperties(1000, 20, 2, List.of(), BigDecimal.valueOf(5), 5,
				BigDecimal.valueOf(percent), nights, 0);
		JobExecution tonight = new JobExecution(999, new JobInstance(999, "nightlyJob"), new JobParameters());
		return new RowCountDrop(properties, this.history).problem(new StepExecution(STEP, tonight),
				"services-E08000014-2023-24.csv", rows);
	}

	/** A job repository holding earlier nights, each with the file's step. */
	private static final class History implements JobRepository {

		private final List<JobInstance> instances = new ArrayList<>();

		private final Map<Long, JobExecution> executions = new HashMap<>();

		private final Map<Long, StepExecution> steps = new HashMap<>();

		History night(long rows) {
			return add(rows, BatchStatus.COMPLETED, ExitStatus.COMPLETED);
		}

		History refused(long rows) {
			return add(rows, BatchStatus.COMPLETED, new ExitStatus(FeedSteps.REFUSED));
		}

		History failed(long rows) {
			return add(rows, BatchStatus.FAILED, ExitStatus.FAILED);
		}

		/** Nights are added newest first, as the repository lists them. */
		private History add(long rows, BatchStatus status, ExitStatus exit) {
			long id = this.instances.size() + 1;
			JobInstance instance = new JobInstance(id, "nightlyJob");
			JobExecution job = new JobExecution(id, instance, new JobParameters());
			job.setStatus(status);
			StepExecution step = new StepExecution(id, STEP, job);
			step.setStatus(BatchStatus.COMPLETED);
			step.setExitStatus(exit);
			ExecutionContext context = new ExecutionContext();
			context.putLong(CsvBlockReader.ROWS_READ, rows);
			step.setExecutionContext(context);
			this.instances.add(instance);
			this.executions.put(id, job);
			this.steps.put(id, step);
			return this;
		}

		@Override
		public List<JobInstance> getJobInstances(String jobName, int start, int count) {
			return this.instances.subList(start, Math.min(this.instances.size(), start + count));
		}

		@Override
		public @Nullable JobExecution getLastJobExecution(JobInstance instance) {
			return this.executions.get(instance.getInstanceId());
		}

		@Override
		public @Nullable StepExecution getLastStepExecution(JobInstance instance, String stepName) {
			StepExecution step = this.steps.get(instance.getInstanceId());
			return (step != null && step.getStepName().equals(stepName)) ? step : null;
		}

		@Override
		public JobInstance createJobInstance(String jobName, JobParameters parameters) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void update(JobExecution execution) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void updateExecutionContext(JobExecution execution) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void update(StepExecution execution) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void updateExecutionContext(StepExecution execution) {
			throw new UnsupportedOperationException();
		}

	}

}
