package org.carewarehouse.pipeline;

import java.util.List;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Beans every feed shares.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedProperties.class)
class FeedConfiguration {

	@Bean
	FeedSteps feedSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			TaskExecutor feedTaskExecutor, AsyncTaskExecutor feedBlockExecutor, FeedProperties properties,
			ParquetTableWriter parquet, List<FieldCheck> checks, RunFolders folders) {
		return new FeedSteps(jobRepository, transactionManager, feedTaskExecutor, feedBlockExecutor, properties,
				parquet, checks, folders);
	}

	@Bean
	SourcesCheck sourcesCheck(List<Feed<?>> feeds, FeedProperties properties) {
		return new SourcesCheck(feeds, properties);
	}

	@Bean
	TaskExecutor feedTaskExecutor(FeedProperties properties) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("feed-");
		executor.setConcurrencyLimit(properties.threads());
		return executor;
	}

	/**
	 * Checks and encodes blocks for every file loading at once: as many workers as cores
	 * the feeds may use, shared so that two files loading together do not ask for twice
	 * as many.
	 */
	@Bean
	ThreadPoolTaskExecutor feedBlockExecutor(FeedProperties properties) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("block-");
		executor.setCorePoolSize(properties.blockWorkers());
		executor.setMaxPoolSize(properties.blockWorkers());
		executor.setDaemon(true);
		return executor;
	}

}
