package org.carewarehouse.pipeline;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.job.JobExecution;

/**
 * Where a job execution reads its extracts from and writes its tables to.
 */
public interface RunFolders {

	/**
	 * The folder holding one folder per source system.
	 * @param job the job execution
	 * @return the sources folder
	 */
	java.nio.file.Path sources(JobExecution job);

	/**
	 * The run's folder, holding one folder per table; the same across restarts.
	 * @param job the job execution
	 * @return the run folder
	 */
	org.apache.hadoop.fs.Path run(JobExecution job);

	/**
	 * The run folder the catalog reads now: where a refused file's rows are kept from.
	 * @return the published run folder, or {@code null} if nothing is published yet
	 */
	org.apache.hadoop.fs.@Nullable Path published();

}
