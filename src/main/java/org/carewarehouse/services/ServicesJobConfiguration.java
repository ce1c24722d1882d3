package org.carewarehouse.services;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.carewarehouse.pipeline.BlockProcessor;
import org.carewarehouse.pipeline.CheckedBlock;
import org.carewarehouse.pipeline.Contract;
import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.ContractValidator;
import org.carewarehouse.pipeline.ControlTotals;
import org.carewarehouse.pipeline.CsvBlockReader;
import org.carewarehouse.pipeline.Feed;
import org.carewarehouse.pipeline.FeedProperties;
import org.carewarehouse.pipeline.FieldCheck;
import org.carewarehouse.pipeline.ParquetTableWriter;
import org.carewarehouse.pipeline.RowBlock;
import org.carewarehouse.pipeline.SourceFiles;
import org.carewarehouse.pipeline.TableItemWriter;
import org.carewarehouse.privacy.Pseudonymiser;
import org.carewarehouse.warehouse.RunLayout;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The adult services load: one partition per CLD file, each read in blocks, validated
 * against the {@code adult-services} contract, pseudonymised and written to Parquet.
 */
@Configuration(proxyBeanMethods = false)
class ServicesJobConfiguration {

	private static final Contract CONTRACT = ContractLoader.load("adult-services");

	@Bean
	Feed servicesFeed() {
		return new Feed(CONTRACT, ServiceEventTable.TABLE, List.of(ServiceRule.values()));
	}

	@Bean
	Step servicesLoadStep(JobRepository jobRepository, Step servicesFileStep, SourceFiles servicesFiles,
			TaskExecutor feedTaskExecutor, FeedProperties properties) {
		return new StepBuilder("servicesLoadStep", jobRepository).partitioner("servicesFileStep", servicesFiles)
			.step(servicesFileStep)
			.taskExecutor(feedTaskExecutor)
			.gridSize(properties.threads())
			.build();
	}

	@Bean
	Step servicesFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CsvBlockReader servicesReader, BlockProcessor<ServiceEvent> servicesProcessor,
			TableItemWriter<ServiceEvent> servicesWriter, FeedProperties properties) {
		return new StepBuilder("servicesFileStep", jobRepository)
			.<RowBlock, CheckedBlock<ServiceEvent>>chunk(properties.chunkBlocks())
			.transactionManager(transactionManager)
			.reader(servicesReader)
			.processor(servicesProcessor)
			.writer(servicesWriter)
			.listener(new ControlTotals())
			.build();
	}

	@Bean
	@JobScope
	SourceFiles servicesFiles(@Value("#{jobParameters['sources']}") String sources) {
		return new SourceFiles(Path.of(sources), CONTRACT);
	}

	@Bean
	@StepScope
	CsvBlockReader servicesReader(@Value("#{stepExecutionContext['file']}") String file, FeedProperties properties) {
		return new CsvBlockReader(Path.of(file), CONTRACT, properties.blockRows());
	}

	@Bean
	@StepScope
	BlockProcessor<ServiceEvent> servicesProcessor(@Value("#{stepExecutionContext['file']}") String file,
			Pseudonymiser pseudonymiser, List<FieldCheck> checks) {
		String fileName = Path.of(file).getFileName().toString();
		return new BlockProcessor<>(CONTRACT.name(), new ContractValidator(CONTRACT, checks),
				new ServiceEventMapper(pseudonymiser, fileName));
	}

	@Bean
	@StepScope
	TableItemWriter<ServiceEvent> servicesWriter(@Value("#{stepExecutionContext['file']}") String file,
			@Value("#{stepExecution}") StepExecution stepExecution, ParquetTableWriter parquet, RunLayout layout) {
		LocalDate asOf = stepExecution.getJobExecution().getJobParameters().getLocalDate("asOf");
		long instance = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		return new TableItemWriter<>(parquet, ServiceEventTable.TABLE, layout.run(asOf, instance),
				Path.of(file).getFileName().toString());
	}

}
