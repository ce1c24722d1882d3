package org.carewarehouse.nightly;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.carewarehouse.pipeline.RunFolders;
import org.carewarehouse.warehouse.RunLayout;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.job.JobExecution;

/**
 * The nightly job's folders: sources from its {@code sources} parameter, and one run
 * folder per business date and job instance; the published one as {@code runs/PUBLISHED}
 * names it.
 */
class NightlyRunFolders implements RunFolders {

	private final RunLayout layout;

	private final PublishedPointer pointer;

	NightlyRunFolders(RunLayout layout, PublishedPointer pointer) {
		this.layout = layout;
		this.pointer = pointer;
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

	@Override
	public org.apache.hadoop.fs.@Nullable Path published() {
		List<String> runs = this.pointer.runs();
		return runs.isEmpty() ? null : new org.apache.hadoop.fs.Path(runs.get(0));
	}

}
