package org.carewarehouse.pipeline;

/**
 * A whole file cannot be read against its contract: wrong header, wrong delimiter, wrong
 * encoding, empty. The message names the file, the line and what is wrong.
 */
public class FileRejectedException extends RuntimeException {

	private final String sourceFile;

	private final long line;

	private final Rule rule;

	/**
	 * Creates the exception for a file that cannot be read against its contract.
	 * @param sourceFile the file's name
	 * @param line the line at fault (0 for the file as a whole)
	 * @param problem what is wrong
	 */
	public FileRejectedException(String sourceFile, long line, String problem) {
		this(FileRule.UNREADABLE, sourceFile, line, problem);
	}

	/**
	 * Creates the exception.
	 * @param rule the file rule broken
	 * @param sourceFile the file's name
	 * @param line the line at fault (0 for the file as a whole)
	 * @param problem what is wrong
	 */
	public FileRejectedException(Rule rule, String sourceFile, long line, String problem) {
		super(sourceFile + ((line > 0) ? " line " + line : "") + ": " + problem);
		this.sourceFile = sourceFile;
		this.line = line;
		this.rule = rule;
	}

	public Rule rule() {
		return this.rule;
	}

	public String sourceFile() {
		return this.sourceFile;
	}

	public long line() {
		return this.line;
	}

}
