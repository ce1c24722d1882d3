package org.carewarehouse.pipeline;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/**
 * Beans every feed shares.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedProperties.class)
class FeedConfiguration {

	@Bean
	TaskExecutor feedTaskExecutor(FeedProperties properties) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("feed-");
		executor.setConcurrencyLimit(properties.threads());
		return executor;
	}

}
