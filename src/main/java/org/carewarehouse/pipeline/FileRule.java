package org.carewarehouse.pipeline;

/**
 * Rules about a source file as a whole; a file that breaks one is refused and its feed's
 * other files still load.
 */
public enum FileRule implements Rule {

	UNREADABLE("CW010",
			"The file cannot be read against its contract (empty, header only, wrong delimiter or encoding, "
					+ "a required column missing or repeated)"),

	DUPLICATE("CW011", "The file is a byte-for-byte copy of another file of the same feed");

	private final String code;

	private final String description;

	FileRule(String code, String description) {
		this.code = code;
		this.description = description;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String description() {
		return this.description;
	}

}
