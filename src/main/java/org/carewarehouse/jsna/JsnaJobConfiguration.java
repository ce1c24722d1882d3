package org.carewarehouse.jsna;

import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.Feed;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Fingertips load.
 */
@Configuration(proxyBeanMethods = false)
class JsnaJobConfiguration {

	@Bean
	Feed<IndicatorValue> fingertipsFeed() {
		return Feed.of(ContractLoader.load("fingertips"), IndicatorValue.TABLE, IndicatorValue.RULES,
				IndicatorValue::mapper);
	}

}
