package org.carewarehouse.population;

import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.Feed;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The population load: every year column of every MYEB1 file, a row each.
 */
@Configuration(proxyBeanMethods = false)
class PopulationJobConfiguration {

	@Bean
	Feed<PopulationCount> populationFeed() {
		return Feed.of(ContractLoader.load("population"), PopulationCount.TABLE, PopulationCount.RULES,
				PopulationCount::mapper);
	}

}
