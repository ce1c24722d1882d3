package org.carewarehouse.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Refuses a night on real extracts with no pseudonymisation key given. A key created on
 * the spot would sit beside the data it protects and, lost, would change every person
 * key; so only the bundled synthetic sample may run without one (a key is then created
 * for it).
 */
public final class KeyCheck {

	private final PseudonymisationProperties properties;

	private final Path sample;

	/**
	 * Creates the check.
	 * @param properties where the key comes from
	 * @param sample the bundled sample's folder, the one sources folder that needs no key
	 */
	public KeyCheck(PseudonymisationProperties properties, Path sample) {
		this.properties = properties;
		this.sample = sample;
	}

	/**
	 * What stops a run on a sources folder, as far as the key goes.
	 * @param sources the folder holding one folder per source system
	 * @return the sentence to print, or {@code null} if the run may start
	 */
	public @Nullable String problem(Path sources) {
		String key = this.properties.key();
		if (key != null && !key.isBlank()) {
			return tooShort(key.getBytes(StandardCharsets.UTF_8).length,
					"CARE_PSEUDONYMISATION_KEY (care.pseudonymisation.key)");
		}
		if (Files.isRegularFile(this.properties.keyFile())) {
			return tooShort(secret(this.properties.keyFile()).length,
					"the key file " + this.properties.keyFile().toAbsolutePath());
		}
		if (same(sources, this.sample)) {
			return null;
		}
		return "No pseudonymisation key is configured for the sources folder " + sources.toAbsolutePath().normalize()
				+ ": set CARE_PSEUDONYMISATION_KEY (at least 32 characters, from a secret store) or put the key in "
				+ "the file care.pseudonymisation.key-file names (" + this.properties.keyFile().toAbsolutePath()
				+ "). A key is created only for the bundled sample-data; nothing was loaded.";
	}

	/**
	 * A key file's secret, its surrounding white space left out.
	 * @param file the key file
	 * @return the secret's bytes
	 */
	static byte[] secret(Path file) {
		try {
			return Files.readString(file, StandardCharsets.US_ASCII).strip().getBytes(StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the pseudonymisation key file " + file, ex);
		}
	}

	/** A key the pseudonymiser would refuse once the load had started, refused now. */
	private static @Nullable String tooShort(int bytes, String where) {
		if (bytes >= Pseudonymiser.MIN_SECRET_BYTES) {
			return null;
		}
		return "The pseudonymisation key in " + where + " is " + bytes + " bytes long; it must be at least "
				+ Pseudonymiser.MIN_SECRET_BYTES + " (a random secret from a secret store). Nothing was loaded.";
	}

	private static boolean same(Path one, Path other) {
		try {
			return Files.exists(one) && Files.exists(other) && Files.isSameFile(one, other);
		}
		catch (IOException ex) {
			return false;
		}
	}

}
