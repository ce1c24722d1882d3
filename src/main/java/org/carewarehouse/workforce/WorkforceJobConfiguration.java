package org.carewarehouse.workforce;

import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.Feed;
import org.carewarehouse.pipeline.FeedSteps;
import org.carewarehouse.privacy.Pseudonymiser;

import org.springframework.batch.core.step.Step;
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
		return Feed.of(ContractLoader.load("workforce-workplaces"), Workplace.TABLE, Workplace.RULES);
	}

	@Bean
	Feed<Worker> workforceWorkersFeed() {
		return Feed.of(ContractLoader.load("workforce-workers"), Worker.TABLE, Worker.RULES);
	}

	@Bean
	Step workforceWorkplacesLoadStep(FeedSteps feedSteps, Feed<Workplace> workforceWorkplacesFeed) {
		return feedSteps.load("workforceWorkplaces", workforceWorkplacesFeed, Workplace::mapper);
	}

	@Bean
	Step workforceWorkersLoadStep(FeedSteps feedSteps, Feed<Worker> workforceWorkersFeed,
			ObjectProvider<Pseudonymiser> pseudonymiser) {
		return feedSteps.load("workforceWorkers", workforceWorkersFeed,
				() -> new WorkerMapper(pseudonymiser.getObject()));
	}

}
