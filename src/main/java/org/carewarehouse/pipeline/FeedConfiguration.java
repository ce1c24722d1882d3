package org.carewarehouse.pipeline;

import java.util.List;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Beans every feed shares.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedProperties.class)
class FeedConfiguration {

	@Bean
	FeedSteps feedSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			TaskExecutor feedTaskExecutor, FeedProperties properties, ParquetTableWriter parquet,
			List<FieldCheck> checks, RunFolders folders) {
		return new FeedSteps(jobRepository, transactionManager, feedTaskExecutor, properties, parquet, checks, folders);
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

}
