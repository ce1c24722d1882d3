package org.carewarehouse.jsna;

import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.Feed;
import org.carewarehouse.pipeline.FeedSteps;

import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Fingertips load.
 */
@Configuration(proxyBeanMethods = false)
class JsnaJobConfiguration {

	@Bean
	Feed<IndicatorValue> fingertipsFeed() {
		return Feed.of(ContractLoader.load("fingertips"), IndicatorValue.TABLE, IndicatorValue.RULES);
	}

	@Bean
	Step fingertipsLoadStep(FeedSteps feedSteps, Feed<IndicatorValue> fingertipsFeed) {
		return feedSteps.load("fingertips", fingertipsFeed, IndicatorValue::mapper);
	}

}
