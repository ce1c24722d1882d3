package org.carewarehouse.children;

import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.Feed;
import org.carewarehouse.privacy.Pseudonymiser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The children's placements loads: SSDA903 Header and Episodes files validated against
 * their contracts, pseudonymised and written to {@code children_header} and
 * {@code children_episodes}. A file whose name does not give council and collection year
 * is rejected as a whole.
 */
@Configuration(proxyBeanMethods = false)
class ChildrenJobConfiguration {

	@Bean
	Feed<ChildHeader> childrenHeaderFeed(ObjectProvider<Pseudonymiser> pseudonymiser) {
		return Feed.byFileName(ContractLoader.load("ssda903-header"), ChildHeaderTable.TABLE, ChildrenRule.HEADER,
				(file) -> new ChildHeaderMapper(pseudonymiser.getObject(), file));
	}

	@Bean
	Feed<ChildEpisode> childrenEpisodesFeed(ObjectProvider<Pseudonymiser> pseudonymiser) {
		return Feed.byFileName(ContractLoader.load("ssda903-episodes"), ChildEpisodeTable.TABLE, ChildrenRule.EPISODES,
				(file) -> new ChildEpisodeMapper(pseudonymiser.getObject(), file));
	}

}
