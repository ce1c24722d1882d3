package org.carewarehouse.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The pseudonymiser, keyed from configuration or from a generated key file.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PseudonymisationProperties.class)
class PrivacyConfiguration {

	private static final Log logger = LogFactory.getLog(PrivacyConfiguration.class);

	/** Lazy, so that commands that never see a person never create a key file. */
	@Bean
	@Lazy
	Pseudonymiser pseudonymiser(PseudonymisationProperties properties) {
		if (properties.key() != null && !properties.key().isBlank()) {
			return new Pseudonymiser(properties.key().getBytes(StandardCharsets.UTF_8));
		}
		return new Pseudonymiser(keyFromFile(properties.keyFile()));
	}

	@Bean
	KeyCheck keyCheck(PseudonymisationProperties properties) {
		return new KeyCheck(properties, Path.of("sample-data"));
	}

	@Bean
	NhsNumber nhsNumberCheck() {
		return new NhsNumber();
	}

	@Bean
	FullPostcode fullPostcodeCheck() {
		return new FullPostcode();
	}

	private static byte[] keyFromFile(Path file) {
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			return KeyCheck.secret(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the pseudonymisation key file " + file, ex);
		}
	}

	private static void create(Path file) throws IOException {
		byte[] secret = new byte[48];
		new SecureRandom().nextBytes(secret);
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, Base64.getEncoder().encodeToString(secret), StandardCharsets.US_ASCII);
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			logger.warn("Cannot restrict permissions of " + file + " on this file system");
		}
		logger.warn("No CARE_PSEUDONYMISATION_KEY set: created a random key in " + file
				+ "; keep it secret and back it up, or person keys change");
	}

}
