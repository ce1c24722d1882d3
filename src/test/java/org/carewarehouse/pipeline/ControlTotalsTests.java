package org.carewarehouse.pipeline;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A step fails when rows read differ from rows loaded plus rows rejected, or the amount
 * read differs from the amount loaded plus the amount rejected.
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

	@Test
	void amountsThatBalanceToThePennyKeepTheStepCompleted() {
		// 0.10 + 0.20 = 0.30 exactly, where binary floating point would make it
		// 0.30000000000000004; the trailing zero of 30.000 does not matter
		StepExecution step = step(BatchStatus.COMPLETED, 10, 7, 3);
		amounts(step, "0.30", "0.10", "0.20");
		assertThat(this.totals.afterStep(step)).isNull();
		assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		amounts(step, "30.000", "29.99", "0.01");
		assertThat(this.totals.afterStep(step)).isNull();
	}

	@Test
	void aPennyLostBetweenFileAndWarehouseFailsTheStepThoughTheRowsBalance() {
		// rows 10 = 7 + 3, but 1129.50 read and 1099.49 + 30.00 = 1129.49 accounted for
		StepExecution step = step(BatchStatus.COMPLETED, 10, 7, 3);
		amounts(step, "1129.50", "1099.49", "30.00");
		step.getExecutionContext().putLong("total.rejected.unparsed", 1);
		ExitStatus exit = this.totals.afterStep(step);
		assertThat(step.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(exit.getExitCode()).isEqualTo(ExitStatus.FAILED.getExitCode());
		assertThat(exit.getExitDescription())
			.isEqualTo("Control totals do not balance: servicesFileStep: read 10, loaded 7, rejected 3; "
					+ "'Amount' read 1129.50, loaded 1099.49, rejected 30.00 (1 rejected without one)");
	}

	@Test
	void anEmptyFileWithAControlTotalIsReadButNeverWrittenAndBalances() {
		StepExecution step = step(BatchStatus.COMPLETED, 0, 0, 0);
		step.getExecutionContext().putString("total.column", "Amount");
		step.getExecutionContext().putString("total.read", "0");
		assertThat(ControlTotals.Totals.of(step.getExecutionContext()))
			.isEqualTo(new ControlTotals.Totals("Amount", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0));
		assertThat(this.totals.afterStep(step)).isNull();
	}

	@Test
	void aStepWithoutAControlTotalHasNoAmounts() {
		assertThat(ControlTotals.Totals.of(step(BatchStatus.COMPLETED, 4, 3, 1).getExecutionContext())).isNull();
	}

	private static void amounts(StepExecution step, String read, String loaded, String rejected) {
		step.getExecutionContext().putString("total.column", "Amount");
		step.getExecutionContext().putString("total.read", read);
		step.getExecutionContext().putString("total.loaded", loaded);
		step.getExecutionContext().putString("total.rejected", rejected);
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
