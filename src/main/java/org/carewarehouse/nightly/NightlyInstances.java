package org.carewarehouse.nightly;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Picks the job instance a nightly launch runs, from the job repository. Only a process
 * holding the warehouse's run lock may ask: holding it proves that an execution the
 * repository still shows as running belongs to a process that died.
 */
class NightlyInstances {

	private static final Log logger = LogFactory.getLog(NightlyInstances.class);

	private final JobRepository repository;

	private final JobOperator operator;

	private final RunHistory history;

	NightlyInstances(JobRepository repository, JobOperator operator, RunHistory history) {
		this.repository = repository;
		this.operator = operator;
		this.history = history;
	}

	/**
	 * Marks failed every execution left running by a dead process, whatever its night,
	 * and writes its steps to the run history so that {@code load_runs} shows the
	 * attempt.
	 */
	void recoverAbandoned() {
		for (JobExecution left : this.repository.findRunningJobExecutions(NightlyJobConfiguration.JOB_NAME)) {
			logger.warn("Execution " + left.getId() + " was left " + left.getStatus()
					+ " by a process that died; marking it failed before restarting");
			this.history.writeOne(this.operator.recover(left));
		}
	}

	/**
	 * Picks the instance to run: a new one, the latest one restarted, or none (refused).
	 * @param requested the date and sources asked for
	 * @param rerun whether {@code --rerun} asks for a fresh load of a loaded date
	 * @return the parameters of the instance to run, or {@code null} if refused
	 */
	@Nullable NightlyParameters choose(NightlyParameters requested, boolean rerun) {
		NightlyParameters latest = null;
		for (long n = 0; this.repository.getJobInstance(NightlyJobConfiguration.JOB_NAME,
				requested.withRerun(n).toJobParameters()) != null; n++) {
			latest = requested.withRerun(n);
		}
		if (latest == null) {
			return requested;
		}
		if (rerun) {
			return latest.withRerun(latest.rerun() + 1);
		}
		JobInstance instance = this.repository.getJobInstance(NightlyJobConfiguration.JOB_NAME,
				latest.toJobParameters());
		JobExecution last = this.repository.getLastJobExecution(instance);
		if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
			System.err.println("The nightly load for " + requested.asOf() + " already completed (execution "
					+ last.getId() + "). Run again with --rerun to replace it.");
			return null;
		}
		logger.info("Restarting the nightly load for " + requested.asOf() + " where it stopped");
		return latest;
	}

}
