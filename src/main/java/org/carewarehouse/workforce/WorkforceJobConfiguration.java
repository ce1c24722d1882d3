package org.carewarehouse.workforce;

import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.Feed;
import org.carewarehouse.privacy.Pseudonymiser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The workforce loads: ASC-WDS workplaces and workers.
 */
@Configuration(proxyBeanMethods = false)
class WorkforceJobConfiguration {

	@Bean
	Feed<Workplace> workforceWorkplacesFeed() {
		return Feed.of(ContractLoader.load("workforce-workplaces"), Workplace.TABLE, Workplace.RULES,
				Workplace::mapper);
	}

	@Bean
	Feed<Worker> workforceWorkersFeed(ObjectProvider<Pseudonymiser> pseudonymiser) {
		return Feed.of(ContractLoader.load("workforce-workers"), Worker.TABLE, Worker.RULES,
				() -> new WorkerMapper(pseudonymiser.getObject()));
	}

}
