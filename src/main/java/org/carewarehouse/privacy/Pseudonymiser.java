package org.carewarehouse.privacy;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed HMAC-SHA256 of person identifiers: the same person gets the same key on every run
 * with the same secret, and nobody without the secret can recover or test an identifier.
 * A person's rows (requests, assessments, services, reviews) come close together in an
 * extract, so each identifier's key is computed once and remembered for the next of their
 * rows, up to {@link #REMEMBERED} identifiers at a time.
 */
public final class Pseudonymiser {

	private static final String ALGORITHM = "HmacSHA256";

	/** The shortest secret a pseudonymiser takes. */
	static final int MIN_SECRET_BYTES = 32;

	/** Identifiers whose keys are remembered at once; the memory is cleared when full. */
	static final int REMEMBERED = 65_536;

	private final Mac prototype;

	private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::copy);

	private final Map<String, String> remembered = new ConcurrentHashMap<>();

	/**
	 * Creates a pseudonymiser.
	 * @param secret the secret key, at least 32 bytes
	 */
	public Pseudonymiser(byte[] secret) {
		if (secret.length < MIN_SECRET_BYTES) {
			throw new IllegalArgumentException("The pseudonymisation key must be at least 32 bytes");
		}
		try {
			this.prototype = Mac.getInstance(ALGORITHM);
			this.prototype.init(new SecretKeySpec(secret, ALGORITHM));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A value that tells two keys apart and gives neither away: the keyed hash of a fixed
	 * label, which no identifier can be.
	 * @return 64 hex characters, the same for the same key
	 */
	public String check() {
		return hash("check|care-warehouse pseudonymisation key");
	}

	/**
	 * The key of a person as the council knows them.
	 * @param councilCode the council's GSS code
	 * @param localId the council's own person identifier
	 * @return 64 hex characters
	 */
	public String localPersonKey(String councilCode, String localId) {
		return hash("la|" + councilCode + "|" + localId.strip());
	}

	/**
	 * The key of an NHS number, which links one person across councils and feeds.
	 * @param nhsNumber the NHS number, spaces allowed
	 * @return 64 hex characters
	 */
	public String nhsKey(String nhsNumber) {
		return hash("nhs|" + NhsNumber.digits(nhsNumber));
	}

	/**
	 * The person key the warehouse joins on: the NHS number's key when the number is
	 * present and valid, otherwise the council's own identifier's key.
	 * @param councilCode the council's GSS code
	 * @param localId the council's own person identifier
	 * @param nhsNumber the NHS number, or {@code null}
	 * @return 64 hex characters
	 */
	public String personKey(String councilCode, String localId, @org.jspecify.annotations.Nullable String nhsNumber) {
		return (nhsNumber != null && NhsNumber.isValid(nhsNumber)) ? nhsKey(nhsNumber)
				: localPersonKey(councilCode, localId);
	}

	private String hash(String value) {
		String known = this.remembered.get(value);
		if (known != null) {
			return known;
		}
		String key = HexFormat.of().formatHex(this.macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
		if (this.remembered.size() >= REMEMBERED) {
			this.remembered.clear();
		}
		this.remembered.put(value, key);
		return key;
	}

	private Mac copy() {
		try {
			return (Mac) this.prototype.clone();
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
