package org.carewarehouse.national;

import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.Feed;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The national comparison loads: the ASC-FR data file and the ASCOF measures file.
 */
@Configuration(proxyBeanMethods = false)
class NationalJobConfiguration {

	@Bean
	Feed<AscFrItem> ascFrItemsFeed() {
		return Feed.byFileName(ContractLoader.load("ascfr-data-file"), AscFrItem.TABLE, AscFrItem.RULES,
				AscFrItem::mapper);
	}

	@Bean
	Feed<AscofMeasure> ascofMeasuresFeed() {
		return Feed.byFileName(ContractLoader.load("ascof-measures"), AscofMeasure.TABLE, AscofMeasure.RULES,
				AscofMeasure::mapper);
	}

}
