package org.carewarehouse.services;

import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.Feed;
import org.carewarehouse.privacy.Pseudonymiser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The adult services load: each CLD file validated against the {@code adult-services}
 * contract, pseudonymised and written to the {@code services} table.
 */
@Configuration(proxyBeanMethods = false)
class ServicesJobConfiguration {

	@Bean
	Feed<ServiceEvent> servicesFeed(ObjectProvider<Pseudonymiser> pseudonymiser) {
		return Feed.of(ContractLoader.load("adult-services"), ServiceEventTable.TABLE, ServiceRule.ALL,
				() -> new ServiceEventMapper(pseudonymiser.getObject()));
	}

}
