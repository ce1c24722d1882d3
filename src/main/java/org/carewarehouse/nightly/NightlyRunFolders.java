package org.carewarehouse.nightly;

import java.nio.file.Path;
import java.time.LocalDate;

import org.carewarehouse.pipeline.RunFolders;
import org.carewarehouse.warehouse.RunLayout;

import org.springframework.batch.core.job.JobExecution;

/**
 * The nightly job's folders: sources from its {@code sources} parameter, and one run
 * folder per business date and job instance.
 */
class NightlyRunFolders implements RunFolders {

	private final RunLayout layout;

	NightlyRunFolders(RunLayout layout) {
		this.layout = layout;
	}

	@Override
	public Path sources(JobExecution job) {
		return Path.of(job.getJobParameters().getString(NightlyParameters.SOURCES));
	}

	@Override
	public org.apache.hadoop.fs.Path run(JobExecution job) {
		LocalDate asOf = job.getJobParameters().getLocalDate(NightlyParameters.AS_OF);
		return this.layout.run(asOf, job.getJobInstance().getInstanceId());
	}

}
