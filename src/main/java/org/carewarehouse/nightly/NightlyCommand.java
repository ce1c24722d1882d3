package org.carewarehouse.nightly;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.carewarehouse.Command;
import org.carewarehouse.pipeline.ControlTotals;
import org.carewarehouse.pipeline.FeedSteps;
import org.carewarehouse.warehouse.Catalog;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code nightly --as-of=DATE [--rerun] [--sources=DIR]}: loads one business date. A date
 * already loaded is refused unless {@code --rerun} asks to replace it; a failed or killed
 * run of the date is restarted where it stopped.
 */
@Component
class NightlyCommand implements Command {

	private static final Log logger = LogFactory.getLog(NightlyCommand.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job nightlyJob;

	private final Catalog catalog;

	private final Path defaultSources;

	NightlyCommand(JobOperator jobOperator, JobRepository jobRepository, Job nightlyJob, Catalog catalog,
			@Value("${care.sources:sample-data}") Path defaultSources) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.nightlyJob = nightlyJob;
		this.catalog = catalog;
		this.defaultSources = defaultSources;
	}

	@Override
	public String name() {
		return "nightly";
	}

	@Override
	public String usage() {
		return "nightly [--as-of=yyyy-MM-dd] [--rerun] [--sources=DIR]   load a business date (default yesterday)";
	}

	@Override
	public int run(ApplicationArguments arguments) throws Exception {
		NightlyParameters requested = parse(arguments);
		if (requested == null) {
			return USAGE;
		}
		try (RunLock lock = RunLock.tryAcquire(this.catalog.file().resolveSibling("nightly.lock"))) {
			if (lock == null) {
				System.err.println("Another nightly run is in progress on this warehouse; try again when it ends.");
				return ALREADY_RUNNING;
			}
			NightlyParameters parameters = choose(requested, arguments.containsOption("rerun"));
			return (parameters != null) ? launch(parameters) : ALREADY_LOADED;
		}
	}

	private @Nullable NightlyParameters parse(ApplicationArguments arguments) {
		List<String> asOf = arguments.getOptionValues("as-of");
		List<String> sources = arguments.getOptionValues("sources");
		try {
			LocalDate date = (asOf != null) ? LocalDate.parse(asOf.get(0)) : LocalDate.now().minusDays(1);
			return new NightlyParameters(date, 0, (sources != null) ? Path.of(sources.get(0)) : this.defaultSources);
		}
		catch (DateTimeParseException ex) {
			System.err.println("--as-of must be a date like 2024-03-31, not '" + asOf.get(0) + "'");
			return null;
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
