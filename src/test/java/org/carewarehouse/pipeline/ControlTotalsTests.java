package org.carewarehouse.pipeline;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A step fails when rows read differ from rows loaded plus rows rejected.
 */
class ControlTotalsTests {

	private final ControlTotals totals = new ControlTotals();

	@Test
	void balancedStepStaysCompleted() {
		// 10 read = 7 loaded + 3 rejected
		StepExecution step = step(BatchStatus.COMPLETED, 10, 7, 3);
		assertThat(this.totals.afterStep(step)).isNull();
		assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void rowLostBetweenFileAndWarehouseFailsTheStep() {
		// 10 read, but 7 loaded + 2 rejected = 9
		StepExecution step = step(BatchStatus.COMPLETED, 10, 7, 2);
		ExitStatus exit = this.totals.afterStep(step);
		assertThat(step.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(exit.getExitCode()).isEqualTo(ExitStatus.FAILED.getExitCode());
		assertThat(exit.getExitDescription())
			.isEqualTo("Control totals do not balance: servicesFileStep: read 10, loaded 7, rejected 2");
	}

	@Test
	void moreRowsOutThanInAlsoFails() {
		// 5 read, but 5 loaded + 1 rejected = 6
		StepExecution step = step(BatchStatus.COMPLETED, 5, 5, 1);
		assertThat(this.totals.afterStep(step).getExitDescription()).endsWith("read 5, loaded 5, rejected 1");
		assertThat(step.getStatus()).isEqualTo(BatchStatus.FAILED);
	}

	@Test
	void stepThatDidNotCompleteIsLeftAlone() {
		StepExecution step = step(BatchStatus.FAILED, 10, 3, 0);
		assertThat(this.totals.afterStep(step)).isNull();
		assertThat(step.getStatus()).isEqualTo(BatchStatus.FAILED);
	}

	@Test
	void countsAreReadFromTheKeysTheReaderAndWriterWrite() {
		StepExecution step = step(BatchStatus.COMPLETED, 4, 3, 1);
		assertThat(ControlTotals.Counts.of(step.getExecutionContext())).isEqualTo(new ControlTotals.Counts(4, 3, 1))
			.matches(ControlTotals.Counts::balanced);
		assertThat(ControlTotals.Counts.of(new org.springframework.batch.infrastructure.item.ExecutionContext()))
			.isEqualTo(new ControlTotals.Counts(0, 0, 0));
	}

	private static StepExecution step(BatchStatus status, long read, long loaded, long rejected) {
		JobInstance instance = new JobInstance(1L, "nightly");
		JobExecution job = new JobExecution(2L, instance, new JobParameters());
		StepExecution step = new StepExecution(3L, "servicesFileStep", job);
		step.setStatus(status);
		step.getExecutionContext().putLong("rows.read", read);
		step.getExecutionContext().putLong("rows.loaded", loaded);
		step.getExecutionContext().putLong("rows.rejected", rejected);
		return step;
	}

}
