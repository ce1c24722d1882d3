package org.carewarehouse;

/**
 * A command refused before it did anything, for a reason the user can correct (a setting,
 * a folder): the command line prints {@code refused: } and the message, exit code 2,
 * which the schedule examples do not retry.
 */
public class RefusedException extends RuntimeException {

	/**
	 * A refusal.
	 * @param message what is wrong and what to correct, as one sentence
	 */
	public RefusedException(String message) {
		super(message);
	}

}
