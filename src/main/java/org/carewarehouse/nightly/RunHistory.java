package org.carewarehouse.nightly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.apache.hadoop.fs.Path;
import org.carewarehouse.pipeline.ControlTotals;
import org.carewarehouse.pipeline.ParquetTableWriter;
import org.carewarehouse.pipeline.SourceFiles;
import org.carewarehouse.pipeline.Table;
import org.carewarehouse.warehouse.RunLayout;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Writes each job execution's steps and control totals to the run history, whatever the
 * outcome, so that {@code load_runs} shows failed nights as well as good ones.
 */
class RunHistory implements JobExecutionListener {

	private final ParquetTableWriter parquet;

	private final RunLayout layout;

	RunHistory(ParquetTableWriter parquet, RunLayout layout) {
		this.parquet = parquet;
		this.layout = layout;
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		write(jobExecution);
	}

	void write(JobExecution job) {
		List<LoadRun> rows = job.getStepExecutions()
			.stream()
			.sorted(Comparator.comparing(StepExecution::getStepName))
			.map((step) -> row(job, step))
			.toList();
		this.parquet.write(LoadRun.TABLE, new Path(this.layout.history(), "execution-" + job.getId() + ".parquet"),
				rows);
	}

	private LoadRun row(JobExecution job, StepExecution step) {
		ControlTotals.Counts counts = ControlTotals.Counts.of(step.getExecutionContext());
		ControlTotals.Totals totals = ControlTotals.Totals.of(step.getExecutionContext());
		String file = step.getExecutionContext().containsKey(SourceFiles.FILE)
				? java.nio.file.Path.of(step.getExecutionContext().getString(SourceFiles.FILE)).getFileName().toString()
				: null;
		String message = step.getExitStatus().getExitDescription();
		return new LoadRun(job.getId(), job.getJobInstance().getInstanceId(),
				job.getJobParameters().getLocalDate(NightlyParameters.AS_OF, LocalDate.MIN),
				job.getJobParameters().getLong(NightlyParameters.RERUN, 0L), job.getStatus().name(), step.getStepName(),
				file, step.getStatus().name(), step.getStartTime(), step.getEndTime(), counts.read(), counts.loaded(),
				counts.rejected(), (totals != null) ? totals.column() : null,
				(totals != null) ? pennies(totals.read()) : null, (totals != null) ? pennies(totals.loaded()) : null,
				(totals != null) ? pennies(totals.rejected()) : null,
				(totals != null) ? totals.rejectedUnparsed() : null,
				message.isBlank() ? null : message.substring(0, Math.min(message.length(), 2000)));
	}

	/**
	 * Stores a sum as DECIMAL(18,2). Only rejected rows can hold fractions of a penny
	 * (loaded amounts are whole pennies), so read and rejected share them; rounding both
	 * down keeps read = loaded + rejected exact in the table, which rounding half up
	 * would not for negative amounts.
	 */
	private static BigDecimal pennies(BigDecimal amount) {
		return amount.setScale(Table.DECIMAL_SCALE, RoundingMode.FLOOR);
	}

}
