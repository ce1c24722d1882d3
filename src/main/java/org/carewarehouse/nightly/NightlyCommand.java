package org.carewarehouse.nightly;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.carewarehouse.Command;
import org.carewarehouse.pipeline.ControlTotals;
import org.carewarehouse.pipeline.FeedSteps;
import org.carewarehouse.pipeline.SourcesCheck;
import org.carewarehouse.privacy.KeyCheck;
import org.carewarehouse.warehouse.Catalog;
import org.carewarehouse.warehouse.RunLayout;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * {@code nightly --as-of=DATE [--rerun] [--sources=DIR]}: loads one business date. A date
 * already loaded is refused unless {@code --rerun} asks to replace it; a failed or killed
 * run of the date is restarted where it stopped.
 */
@Component
class NightlyCommand implements Command<NightlyOptions> {

	private final JobOperator jobOperator;

	private final NightlyInstances instances;

	private final Job nightlyJob;

	private final Catalog catalog;

	private final RunLayout layout;

	private final NightlyProperties properties;

	private final Path defaultSources;

	private final SourcesCheck sourcesCheck;

	private final KeyCheck keyCheck;

	private final RepositoryOwnership ownership;

	private final KeyRecord keys;

	/**
	 * The job and its repository are injected lazily: only a run that holds the
	 * warehouse's lock opens the repository, so a second launch is refused by the lock,
	 * not by the repository's own file lock, and other commands never open it.
	 */
	NightlyCommand(@Lazy JobOperator jobOperator, @Lazy NightlyInstances instances, @Lazy Job nightlyJob,
			Catalog catalog, RunLayout layout, NightlyProperties properties,
			@Value("${care.sources:sample-data}") Path defaultSources, SourcesCheck sourcesCheck, KeyCheck keyCheck,
			@Lazy RepositoryOwnership ownership, KeyRecord keys) {
		this.jobOperator = jobOperator;
		this.instances = instances;
		this.nightlyJob = nightlyJob;
		this.catalog = catalog;
		this.layout = layout;
		this.properties = properties;
		this.defaultSources = defaultSources;
		this.sourcesCheck = sourcesCheck;
		this.keyCheck = keyCheck;
		this.ownership = ownership;
		this.keys = keys;
	}

	@Override
	public Class<NightlyOptions> options() {
		return NightlyOptions.class;
	}

	@Override
	public int run(NightlyOptions options) throws Exception {
		NightlyParameters requested = new NightlyParameters(options.asOf(), 0,
				(options.sources() != null) ? options.sources() : this.defaultSources);
		List<String> problems = new java.util.ArrayList<>(this.sourcesCheck.problems(requested.sources()));
		LocalDate today = LocalDate.now();
		if (requested.asOf().isAfter(today)) {
			// a night dated ahead by a slip of the keyboard would stay the published one:
			// every real night after it would load and not be published
			problems.add("The business date " + requested.asOf() + " is after today (" + today
					+ "); --as-of names the day the extracts describe");
		}
		problems.addAll(misplacedFolders());
		String keyProblem = this.keyCheck.problem(requested.sources());
		if (keyProblem != null) {
			problems.add(keyProblem);
		}
		if (!problems.isEmpty()) {
			problems.forEach(System.err::println);
			return USAGE;
		}
		this.sourcesCheck.ignoredFiles(requested.sources()).forEach((file) -> System.err.println("ignored: " + file));
		Path lockFile = lockFile();
		try (RunLock lock = RunLock.tryAcquire(lockFile, this.properties.lockStaleAfter(),
				this.properties.lockHeartbeat())) {
			if (lock == null) {
				return refused("Another nightly run holds this warehouse (" + RunLock.holder(lockFile) + ", lock "
						+ lockFile + "); try again when it ends.");
			}
			String foreign = this.ownership.problem();
			if (foreign == null) {
				foreign = this.keys.problem();
			}
			if (foreign != null) {
				System.err.println(foreign);
				return USAGE;
			}
			this.instances.recoverAbandoned();
			NightlyParameters parameters = this.instances.choose(requested, options.rerun());
			return (parameters != null) ? launch(parameters) : ALREADY_LOADED;
		}
		catch (RuntimeException ex) {
			if (JobRepositoryLocks.heldByAnotherProcess(ex)) {
				return refused("The job repository is open in another process (" + JobRepositoryLocks.describe(ex)
						+ "); another nightly run is using it. Try again when it ends.");
			}
			throw ex;
		}
	}

	/**
	 * A file where the warehouse needs a folder, or a folder where it needs the catalog's
	 * file: a mistyped setting, refused before the lock or the job repository is opened.
	 */
	private List<String> misplacedFolders() {
		List<String> problems = new java.util.ArrayList<>();
		URI root = this.layout.root();
		if ("file".equals(root.getScheme()) && Files.exists(Path.of(root)) && !Files.isDirectory(Path.of(root))) {
			problems.add("The warehouse root " + Path.of(root) + " is a file, not a folder; check care.warehouse.root");
		}
		Path catalogFile = this.catalog.file().toAbsolutePath();
		if (Files.isDirectory(catalogFile)) {
			problems
				.add("The catalog " + catalogFile + " is a folder, not a DuckDB file; check care.warehouse.catalog");
		}
		else if (Files.exists(catalogFile.getParent()) && !Files.isDirectory(catalogFile.getParent())) {
			problems.add("The catalog's folder " + catalogFile.getParent()
					+ " is a file, not a folder; check care.warehouse.catalog");
		}
		return problems;
	}

	/**
	 * In the warehouse root, where every host that shares the warehouse sees it; beside
	 * the catalog when the root is not a local or mounted folder.
	 */
	private Path lockFile() {
		URI root = this.layout.root();
		return "file".equals(root.getScheme()) ? Path.of(root).resolve("nightly.lock")
				: this.catalog.file().resolveSibling("nightly.lock");
	}

	private static int refused(String message) {
		System.err.println(message);
		return ALREADY_RUNNING;
	}

	private int launch(NightlyParameters parameters) throws Exception {
		JobExecution execution = this.jobOperator.start(this.nightlyJob, parameters.toJobParameters());
		report(execution);
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			return FAILED;
		}
		this.keys.record();
		return refused(execution).isEmpty() ? OK : FILES_REFUSED;
	}

	/**
	 * Each refused file's reason, once: a feed's load step takes on the exit code of its
	 * refused file steps, so only the file steps are read.
	 */
	private static List<String> refused(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().contains(FeedSteps.FILE_STEP))
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
		System.out.printf(Locale.ROOT, "nightly %s (execution %d): %s; rows read %d, loaded %d, rejected %d%n",
				execution.getJobParameters().getLocalDate(NightlyParameters.AS_OF), execution.getId(),
				execution.getStatus(), read, loaded, rejected);
		RunSummary.of(execution.getStepExecutions()).print(System.out);
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			refused(execution).forEach((problem) -> System.err.println("refused: " + problem));
			execution.getStepExecutions()
				.stream()
				.filter((step) -> PublishTasklet.KEPT.equals(step.getExitStatus().getExitCode()))
				.forEach((step) -> System.err.println(step.getExitStatus().getExitDescription()));
			System.out.println("catalog: " + this.catalog.file());
		}
		else {
			execution.getAllFailureExceptions().forEach((ex) -> System.err.println("failed: " + ex.getMessage()));
			execution.getStepExecutions()
				.stream()
				.filter((s) -> s.getStatus() == BatchStatus.FAILED)
				.forEach((s) -> System.err.println("failed step " + s.getStepName() + ": "
						+ s.getExitStatus().getExitDescription().lines().findFirst().orElse("")));
			System.err
				.println("restart: once the cause is fixed, run the same command again; it restarts where it stopped");
		}
	}

}
