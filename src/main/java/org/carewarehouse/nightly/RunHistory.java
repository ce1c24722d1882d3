package org.carewarehouse.nightly;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.apache.hadoop.fs.Path;
import org.carewarehouse.pipeline.ControlTotals;
import org.carewarehouse.pipeline.ParquetTableWriter;
import org.carewarehouse.pipeline.SourceFiles;
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
		String file = step.getExecutionContext().containsKey(SourceFiles.FILE)
				? java.nio.file.Path.of(step.getExecutionContext().getString(SourceFiles.FILE)).getFileName().toString()
				: null;
		String message = step.getExitStatus().getExitDescription();
		return new LoadRun(job.getId(), job.getJobInstance().getInstanceId(),
				job.getJobParameters().getLocalDate(NightlyParameters.AS_OF, LocalDate.MIN),
				job.getJobParameters().getLong(NightlyParameters.RERUN, 0L), job.getStatus().name(), step.getStepName(),
				file, step.getStatus().name(), step.getStartTime(), step.getEndTime(), counts.read(), counts.loaded(),
				counts.rejected(), message.isBlank() ? null : message.substring(0, Math.min(message.length(), 2000)));
	}

}
