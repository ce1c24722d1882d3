package org.carewarehouse.commissioning;

import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.Feed;
import org.carewarehouse.pipeline.FeedSteps;

import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The commissioning plans load: tiers and savings targets, one step each.
 */
@Configuration(proxyBeanMethods = false)
class CommissioningJobConfiguration {

	@Bean
	Feed<PlanTier> planTiersFeed() {
		return Feed.of(ContractLoader.load("commissioning-plan-tiers"), PlanTier.TABLE, PlanTier.RULES);
	}

	@Bean
	Step planTiersLoadStep(FeedSteps feedSteps, Feed<PlanTier> planTiersFeed) {
		return feedSteps.load("planTiers", planTiersFeed, PlanTier::mapper);
	}

	@Bean
	Feed<PlanSaving> planSavingsFeed() {
		return Feed.of(ContractLoader.load("commissioning-plan-savings"), PlanSaving.TABLE, PlanSaving.RULES);
	}

	@Bean
	Step planSavingsLoadStep(FeedSteps feedSteps, Feed<PlanSaving> planSavingsFeed) {
		return feedSteps.load("planSavings", planSavingsFeed, PlanSaving::mapper);
	}

}
