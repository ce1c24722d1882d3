package org.carewarehouse.national;

import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.Feed;
import org.carewarehouse.pipeline.FeedSteps;

import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The national comparison loads: the ASC-FR data file and the ASCOF measures file.
 */
@Configuration(proxyBeanMethods = false)
class NationalJobConfiguration {

	@Bean
	Feed<AscFrItem> ascFrItemsFeed() {
		return Feed.of(ContractLoader.load("ascfr-data-file"), AscFrItem.TABLE, AscFrItem.RULES);
	}

	@Bean
	Step ascFrItemsLoadStep(FeedSteps feedSteps, Feed<AscFrItem> ascFrItemsFeed) {
		return feedSteps.loadByFileName("ascFrItems", ascFrItemsFeed, AscFrItem::mapper);
	}

	@Bean
	Feed<AscofMeasure> ascofMeasuresFeed() {
		return Feed.of(ContractLoader.load("ascof-measures"), AscofMeasure.TABLE, AscofMeasure.RULES);
	}

	@Bean
	Step ascofMeasuresLoadStep(FeedSteps feedSteps, Feed<AscofMeasure> ascofMeasuresFeed) {
		return feedSteps.loadByFileName("ascofMeasures", ascofMeasuresFeed, AscofMeasure::mapper);
	}

}
