package org.carewarehouse.nightly;

import java.nio.file.Path;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.carewarehouse.Command;
import org.carewarehouse.pipeline.ControlTotals;
import org.carewarehouse.pipeline.FeedSteps;
import org.carewarehouse.pipeline.SourcesCheck;
import org.carewarehouse.warehouse.Catalog;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code nightly --as-of=DATE [--rerun] [--sources=DIR]}: loads one business date. A date
 * already loaded is refused unless {@code --rerun} asks to replace it; a failed or killed
 * run of the date is restarted where it stopped.
 */
@Component
class NightlyCommand implements Command<NightlyOptions> {

	private static final Log logger = LogFactory.getLog(NightlyCommand.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job nightlyJob;

	private final Catalog catalog;

	private final Path defaultSources;

	private final SourcesCheck sourcesCheck;

	NightlyCommand(JobOperator jobOperator, JobRepository jobRepository, Job nightlyJob, Catalog catalog,
			@Value("${care.sources:sample-data}") Path defaultSources, SourcesCheck sourcesCheck) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.nightlyJob = nightlyJob;
		this.catalog = catalog;
		this.defaultSources = defaultSources;
		this.sourcesCheck = sourcesCheck;
	}

	@Override
	public Class<NightlyOptions> options() {
		return NightlyOptions.class;
	}

	@Override
	public int run(NightlyOptions options) throws Exception {
		NightlyParameters requested = new NightlyParameters(options.asOf(), 0,
				(options.sources() != null) ? options.sources() : this.defaultSources);
		List<String> problems = this.sourcesCheck.problems(requested.sources());
		if (!problems.isEmpty()) {
			problems.forEach(System.err::println);
			return USAGE;
		}
		try (RunLock lock = RunLock.tryAcquire(this.catalog.file().resolveSibling("nightly.lock"))) {
			if (lock == null) {
				System.err.println("Another nightly run is in progress on this warehouse; try again when it ends.");
				return ALREADY_RUNNING;
			}
			NightlyParameters parameters = choose(requested, options.rerun());
			return (parameters != null) ? launch(parameters) : ALREADY_LOADED;
		}
	}

	/**
	 * Picks the instance to run: a new one, the latest one restarted, or none (refused).
	 */
	private @Nullable NightlyParameters choose(NightlyParameters requested, boolean rerun) {
		NightlyParameters latest = null;
		for (long n = 0; this.jobRepository.getJobInstance(NightlyJobConfiguration.JOB_NAME,
				requested.withRerun(n).toJobParameters()) != null; n++) {
			latest = requested.withRerun(n);
		}
		if (latest == null) {
			return requested;
		}
		JobInstance instance = this.jobRepository.getJobInstance(NightlyJobConfiguration.JOB_NAME,
				latest.toJobParameters());
		JobExecution last = this.jobRepository.getLastJobExecution(instance);
		if (rerun) {
			return latest.withRerun(latest.rerun() + 1);
		}
		if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
			System.err.println("The nightly load for " + requested.asOf() + " already completed (execution "
					+ last.getId() + "). Run again with --rerun to replace it.");
			return null;
		}
		if (last != null && last.getStatus().isRunning()) {
			logger.warn("Execution " + last.getId() + " was left " + last.getStatus()
					+ " by a process that died; marking it failed before restarting");
			this.jobOperator.recover(last);
		}
		logger.info("Restarting the nightly load for " + requested.asOf() + " where it stopped");
		return latest;
	}

	private int launch(NightlyParameters parameters) throws Exception {
		JobExecution execution = this.jobOperator.start(this.nightlyJob, parameters.toJobParameters());
		report(execution);
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			return FAILED;
		}
		return refused(execution).isEmpty() ? OK : FILES_REFUSED;
	}

	private static List<String> refused(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter((step) -> FeedSteps.REFUSED.equals(step.getExitStatus().getExitCode()))
			.map((step) -> step.getExitStatus().getExitDescription())
			.toList();
	}

	private void report(JobExecution execution) {
		long read = 0;
		long loaded = 0;
		long rejected = 0;
		for (var step : execution.getStepExecutions()) {
			ControlTotals.Counts counts = ControlTotals.Counts.of(step.getExecutionContext());
			read += counts.read();
			loaded += counts.loaded();
			rejected += counts.rejected();
		}
		System.out.printf("nightly %s (execution %d): %s; rows read %d, loaded %d, rejected %d%n",
				execution.getJobParameters().getLocalDate(NightlyParameters.AS_OF), execution.getId(),
				execution.getStatus(), read, loaded, rejected);
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			refused(execution).forEach((problem) -> System.err.println("refused: " + problem));
			System.out.println("catalog: " + this.catalog.file());
		}
		else {
			execution.getAllFailureExceptions().forEach((ex) -> System.err.println("failed: " + ex.getMessage()));
			execution.getStepExecutions()
				.stream()
				.filter((s) -> s.getStatus() == BatchStatus.FAILED)
				.forEach((s) -> System.err.println("failed step " + s.getStepName() + ": "
						+ s.getExitStatus().getExitDescription().lines().findFirst().orElse("")));
		}
	}

}
