package org.carewarehouse;

import org.jspecify.annotations.Nullable;

/**
 * Finds what a failure comes from among its causes: Spring wraps a command's or a
 * setting's failure in its own exceptions.
 */
final class Causes {

	private Causes() {
	}

	/**
	 * The failure or the first of its causes that is one of the types.
	 * @param failure the failure
	 * @param types the types looked for
	 * @return that cause, or {@code null} if none is
	 */
	static @Nullable Throwable find(Throwable failure, Class<?>... types) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			for (Class<?> type : types) {
				if (type.isInstance(cause)) {
					return cause;
				}
			}
		}
		return null;
	}

}
