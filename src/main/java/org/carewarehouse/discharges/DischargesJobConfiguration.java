package org.carewarehouse.discharges;

import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.Feed;
import org.carewarehouse.privacy.Pseudonymiser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The hospital discharges load.
 */
@Configuration(proxyBeanMethods = false)
class DischargesJobConfiguration {

	@Bean
	Feed<Discharge> dischargesFeed(ObjectProvider<Pseudonymiser> pseudonymiser) {
		return Feed.of(ContractLoader.load("hospital-discharges"), DischargeTable.TABLE, DischargeMapper.RULES,
				() -> new DischargeMapper(pseudonymiser.getObject()));
	}

}
