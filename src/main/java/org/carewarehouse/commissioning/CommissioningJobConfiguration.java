package org.carewarehouse.commissioning;

import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.Feed;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The commissioning plans load: tiers and savings targets, one step each.
 */
@Configuration(proxyBeanMethods = false)
class CommissioningJobConfiguration {

	@Bean
	Feed<PlanTier> planTiersFeed() {
		return Feed.of(ContractLoader.load("commissioning-plan-tiers"), PlanTier.TABLE, PlanTier.RULES,
				PlanTier::mapper);
	}

	@Bean
	Feed<PlanSaving> planSavingsFeed() {
		return Feed.of(ContractLoader.load("commissioning-plan-savings"), PlanSaving.TABLE, PlanSaving.RULES,
				PlanSaving::mapper);
	}

}
