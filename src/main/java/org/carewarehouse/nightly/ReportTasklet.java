package org.carewarehouse.nightly;

import java.time.LocalDate;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.carewarehouse.reports.Reports;
import org.carewarehouse.warehouse.RunLayout;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the night's board and data quality reports into the run's {@code reports/}
 * folder once the catalog is published, so they always show the published figures.
 */
class ReportTasklet implements Tasklet {

	private final Reports reports;

	private final RunLayout layout;

	private final Configuration hadoop;

	ReportTasklet(Reports reports, RunLayout layout, Configuration hadoop) {
		this.reports = reports;
		this.layout = layout;
		this.hadoop = hadoop;
	}

	@Override
	public @Nullable RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
		LocalDate asOf = job.getJobParameters().getLocalDate(NightlyParameters.AS_OF);
		Path folder = new Path(this.layout.run(asOf, job.getJobInstance().getInstanceId()), "reports");
		this.reports.writeAll((relative) -> {
			Path file = new Path(folder, relative);
			return file.getFileSystem(this.hadoop).create(file, true);
		});
		return RepeatStatus.FINISHED;
	}

}
