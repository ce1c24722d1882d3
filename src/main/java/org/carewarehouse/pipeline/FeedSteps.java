package org.carewarehouse.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds a feed's load step: one partition per source file, files loaded in parallel,
 * each by a chunk-oriented step of its own that reads blocks of rows, validates them
 * against the feed's contract, maps them and encodes them as Parquet on worker threads,
 * and writes them; reading, writing and the commit stay on the step's own thread. A file
 * refused as a whole instead completes with exit code {@link #REFUSED}, and the rows the
 * published run holds from it are kept in its place ({@link FileRefusal}).
 */
public class FeedSteps {

	/** Exit code of a file's step when the file was refused as a whole. */
	public static final String REFUSED = "REFUSED";

	/** What a feed's load step's name adds to the feed's name. */
	public static final String LOAD_STEP = "LoadStep";

	/**
	 * What a file step's name adds to the feed's name, before {@code :} and the file's
	 * name.
	 */
	public static final String FILE_STEP = "FileStep";

	private static final Log logger = LogFactory.getLog(FeedSteps.class);

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final TaskExecutor taskExecutor;

	private final AsyncTaskExecutor blockExecutor;

	private final FeedProperties properties;

	private final ParquetTableWriter parquet;

	private final List<FieldCheck> checks;

	private final RunFolders folders;

	private final FileRejects rejects;

	private final RowCountDrop drops;

	FeedSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager, TaskExecutor taskExecutor,
			AsyncTaskExecutor blockExecutor, FeedProperties properties, ParquetTableWriter parquet,
			List<FieldCheck> checks, RunFolders folders) {
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.taskExecutor = taskExecutor;
		this.blockExecutor = blockExecutor;
		this.properties = properties;
		this.parquet = parquet;
		this.checks = checks;
		this.folders = folders;
		this.rejects = new FileRejects(parquet);
		this.drops = new RowCountDrop(properties, jobRepository);
	}

	/**
	 * The load step of a feed, named {@code <feed>LoadStep}; its per-file steps are named
	 * {@code <feed>FileStep:<file name>}.
	 * @param <T> the feed's record type
	 * @param feed the feed's declarations
	 * @return the step
	 */
	public <T> Step load(Feed<T> feed) {
		String name = feed.name();
		Step perFile = new PerFileStep(name + FILE_STEP, (execution) -> fileStep(name, feed, execution));
		return new StepBuilder(name + LOAD_STEP, this.jobRepository)
			.partitioner(perFile.getName(),
					new SourceFiles(feed.contract(), this.folders,
							this.properties.required().contains(feed.contract().name())))
			.step(perFile)
			.taskExecutor(this.taskExecutor)
			.gridSize(this.properties.threads())
			.build();
	}

	private <T> Step fileStep(String name, Feed<T> feed, StepExecution execution) {
		Path file = Path.of(execution.getExecutionContext().getString(SourceFiles.FILE));
		String fileName = file.getFileName().toString();
		Contract contract = feed.contract();
		org.apache.hadoop.fs.Path run = this.folders.run(execution.getJobExecution());
		TableParts parts = new TableParts(this.parquet.configuration(), feed.table().name(),
				TableItemWriter.partName(fileName));
		FileRefusal refusal = new FileRefusal(this.rejects, parts, this.folders.published(), run);
		Checked<T> checked = check(execution, file, contract, feed.mappers(), run);
		if (checked.refusal() != null) {
			return refusalStep(name, refusal, checked.refusal());
		}
		ContractValidator validator = new ContractValidator(contract, this.checks, contract.namedBy(fileName));
		CsvBlockReader reader = new CsvBlockReader(file, contract, this.properties.blockRows(), validator);
		FileVerdict verdict = new FileVerdict(this.properties, this.drops, reader, parts, run, contract.name(),
				fileName, refusal::refuse);
		return new StepBuilder(name + FILE_STEP, this.jobRepository)
			.<RowBlock, EncodedBlock>chunk(this.properties.blocksPerChunk())
			.transactionManager(this.transactionManager)
			.reader(reader)
			.processor(new BlockEncoder<>(new BlockProcessor<>(contract.name(), validator, checked.mapper())::process,
					feed.table(), this.parquet))
			.taskExecutor(this.blockExecutor)
			.writer(new TableItemWriter<>(this.parquet, feed.table(), run, fileName))
			.listener(verdict)
			.listener(new ControlTotals())
			.build();
	}

	/**
	 * Refuses a file before any of it loads; the step completes with exit code REFUSED.
	 */
	private Step refusalStep(String name, FileRefusal refusal, Reject reject) {
		return new StepBuilder(name + FILE_STEP, this.jobRepository).tasklet((contribution, context) -> {
			contribution.setExitStatus(refusal.refuse(contribution.getStepExecution(), reject));
			return RepeatStatus.FINISHED;
		}, this.transactionManager).build();
	}

	/**
	 * Checks what can be known of a file before any of it is read: a copy of another
	 * file, a header that does not meet the contract, a name that breaks the feed's
	 * convention. The rest (damaged, cut short, far smaller than on recent nights, too
	 * many rows rejected) is known once the file has been read, and {@link FileVerdict}
	 * refuses it then.
	 */
	private <T> Checked<T> check(StepExecution execution, Path file, Contract contract,
			Function<String, RowMapper<T>> mappers, org.apache.hadoop.fs.Path run) {
		String fileName = file.getFileName().toString();
		String duplicateOf = execution.getExecutionContext().getString(SourceFiles.DUPLICATE_OF, null);
		if (duplicateOf != null) {
			return Checked.refused(contract, fileName, 0, FileRule.DUPLICATE,
					fileName + ": the file is a byte-for-byte copy of " + duplicateOf);
		}
		if (!Files.isRegularFile(file)) {
			// named like the feed's files but a folder, a link to nothing or a pipe:
			// no retry will read it (and a pipe would be waited on for ever)
			return Checked.refused(contract, fileName, 0, FileRule.UNREADABLE,
					fileName + ": " + notAFile(file) + "; move it out of the feed's folder");
		}
		List<String> missing;
		try (CsvSource source = CsvSource.open(file, contract)) {
			missing = source.missingOptional();
		}
		catch (FileRejectedException ex) {
			return Checked.refused(contract, fileName, ex.line(), ex.rule(), ex.getMessage());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		RowMapper<T> mapper;
		try {
			mapper = mappers.apply(fileName);
		}
		catch (FileRejectedException ex) {
			return Checked.refused(contract, fileName, ex.line(), FileRule.UNREADABLE, ex.getMessage());
		}
		warnMissingColumns(contract, fileName, missing, run);
		return new Checked<>(mapper, null);
	}

	/**
	 * Records each optional column the file lacks as a warning in the rejects table and
	 * the log: a renamed column would otherwise load as blank in every row without a
	 * word. Written again, to the same file, if the step restarts.
	 */
	private void warnMissingColumns(Contract contract, String fileName, List<String> missing,
			org.apache.hadoop.fs.Path run) {
		if (missing.isEmpty()) {
			return;
		}
		List<Reject> warnings = missing.stream()
			.map((column) -> new Reject(contract.name(), fileName, 1, column, FileRule.OPTIONAL_COLUMN_MISSING.code(),
					fileName + ": optional column '" + column + "' is missing; it loads as blank in every row", null,
					Reject.Severity.WARNING))
			.toList();
		warnings.forEach((warning) -> logger.warn(warning.message()));
		this.rejects.write(run, "-warnings.parquet", warnings);
	}

	/**
	 * A file checked as a whole: the mapper to load it with, or why it is refused.
	 */
	private record Checked<T>(@Nullable RowMapper<T> mapper, @Nullable Reject refusal) {

		static <T> Checked<T> refused(Contract contract, String fileName, long line, Rule rule, String message) {
			return new Checked<>(null, Reject.refusal(contract.name(), fileName, line, rule, message));
		}

	}

	/**
	 * Builds a fresh chunk step, with its own reader, processor and writer, for each
	 * file.
	 */
	private record PerFileStep(String name, Function<StepExecution, Step> steps) implements Step {

		@Override
		public String getName() {
			return this.name;
		}

		@Override
		public void execute(StepExecution execution) throws JobInterruptedException {
			this.steps.apply(execution).execute(execution);
		}

	}

	private static String notAFile(Path file) {
		if (Files.isDirectory(file)) {
			return "a folder, not a file";
		}
		if (!Files.exists(file)) {
			return "a link to a file that is not there";
		}
		return "not a file (a pipe or a device)";
	}

}
