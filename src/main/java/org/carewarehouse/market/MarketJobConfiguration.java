package org.carewarehouse.market;

import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.Feed;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The CQC care directory load.
 */
@Configuration(proxyBeanMethods = false)
class MarketJobConfiguration {

	@Bean
	Feed<CareLocation> cqcLocationsFeed() {
		return Feed.of(ContractLoader.load("cqc-care-directory"), CareLocation.TABLE, CareLocation.RULES,
				CareLocation::mapper);
	}

}
