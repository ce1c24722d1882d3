package org.carewarehouse.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds a feed's load step: one partition per source file, files loaded in parallel,
 * each by a chunk-oriented step of its own that reads blocks of rows, validates them
 * against the feed's contract, maps them and writes Parquet.
 */
public class FeedSteps {

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final TaskExecutor taskExecutor;

	private final FeedProperties properties;

	private final ParquetTableWriter parquet;

	private final List<FieldCheck> checks;

	private final RunFolders folders;

	FeedSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager, TaskExecutor taskExecutor,
			FeedProperties properties, ParquetTableWriter parquet, List<FieldCheck> checks, RunFolders folders) {
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.taskExecutor = taskExecutor;
		this.properties = properties;
		this.parquet = parquet;
		this.checks = checks;
		this.folders = folders;
	}

	/**
	 * The load step of a feed, named {@code <name>LoadStep}; its per-file steps are named
	 * {@code <name>FileStep:<file name>}.
	 * @param <T> the feed's record type
	 * @param name the feed's short name, e.g. {@code services}
	 * @param feed the feed's declarations
	 * @param mappers makes the row mapper for a source file name
	 * @return the step
	 */
	public <T> Step load(String name, Feed<T> feed, Function<String, RowMapper<T>> mappers) {
		Step perFile = new PerFileStep(name + "FileStep", (execution) -> fileStep(name, feed, mappers, execution));
		return new StepBuilder(name + "LoadStep", this.jobRepository)
			.partitioner(perFile.getName(),
					new SourceFiles(feed.contract(), this.folders,
							this.properties.required().contains(feed.contract().name())))
			.step(perFile)
			.taskExecutor(this.taskExecutor)
			.gridSize(this.properties.threads())
			.build();
	}

	private <T> Step fileStep(String name, Feed<T> feed, Function<String, RowMapper<T>> mappers,
			StepExecution execution) {
		Path file = Path.of(execution.getExecutionContext().getString(SourceFiles.FILE));
		String fileName = file.getFileName().toString();
		Contract contract = feed.contract();
		return new StepBuilder(name + "FileStep", this.jobRepository)
			.<RowBlock, CheckedBlock<T>>chunk(this.properties.chunkBlocks())
			.transactionManager(this.transactionManager)
			.reader(new CsvBlockReader(file, contract, this.properties.blockRows()))
			.processor(new BlockProcessor<>(contract.name(), new ContractValidator(contract, this.checks),
					mappers.apply(fileName)))
			.writer(new TableItemWriter<>(this.parquet, feed.table(), this.folders.run(execution.getJobExecution()),
					fileName))
			.listener(new ControlTotals())
			.build();
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

}
