package org.carewarehouse.privacy;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the pseudonymisation secret comes from.
 *
 * @param key the secret itself, normally from the environment variable
 * {@code CARE_PSEUDONYMISATION_KEY}; at least 32 characters
 * @param keyFile used when no key is given: a random secret is created there on first use
 * and kept, so that person keys stay stable from night to night
 */
@ConfigurationProperties("care.pseudonymisation")
public record PseudonymisationProperties(@Nullable String key,
		@DefaultValue("warehouse/data/pseudonymisation.key") Path keyFile) {

}
