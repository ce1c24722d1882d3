package org.carewarehouse.nightly;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.hadoop.fs.Path;
import org.carewarehouse.warehouse.RunLayout;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Refuses a job repository that did not build this warehouse's published runs. Run
 * folders ({@code run-<instance>}) and the run history ({@code execution-<id>.parquet})
 * are named by the repository's ids, which another repository (a new database, a deleted
 * H2 folder, PostgreSQL put in H2's place) hands out again from 1: its first night would
 * write into the published run's folder and over the history of the warehouse's first
 * nights.
 */
class RepositoryOwnership {

	private static final Pattern RUN = Pattern.compile("run-(\\d+)");

	private final JobRepository repository;

	private final PublishedPointer pointer;

	private final RunLayout layout;

	RepositoryOwnership(JobRepository repository, PublishedPointer pointer, RunLayout layout) {
		this.repository = repository;
		this.pointer = pointer;
		this.layout = layout;
	}

	/**
	 * Why this job repository may not run nights into this warehouse.
	 * @return the reason, or {@code null} if the warehouse is its own or new
	 */
	@Nullable String problem() {
		for (String run : this.pointer.runs()) {
			if (!madeHere(new Path(run))) {
				return refusal("its published run " + run + " is not one this job repository ran");
			}
		}
		return null;
	}

	/** Whether the repository holds the run's instance, for the run's business date. */
	private boolean madeHere(Path run) {
		Matcher id = RUN.matcher(run.getName());
		if (!id.matches()) {
			return true;
		}
		JobInstance instance = this.repository.getJobInstance(Long.parseLong(id.group(1)));
		JobExecution last = (instance != null) ? this.repository.getLastJobExecution(instance) : null;
		return last != null && run.getParent()
			.getName()
			.equals(String.valueOf(last.getJobParameters().getLocalDate(NightlyParameters.AS_OF)));
	}

	private String refusal(String why) {
		return "The warehouse " + this.layout.root() + " was built with another job repository: " + why
				+ ". This one's runs would be written over the warehouse's own. Point spring.datasource.url at the "
				+ "job repository that built it, or give this one a new care.warehouse.root.";
	}

}
