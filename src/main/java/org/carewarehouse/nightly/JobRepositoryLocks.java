package org.carewarehouse.nightly;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

/**
 * Recognises the embedded H2 job repository refusing to open because another process has
 * its file open: a run on another warehouse sharing the repository, or a tool left
 * connected to it.
 */
final class JobRepositoryLocks {

	/** H2's "Database may be already in use". */
	private static final int H2_DATABASE_ALREADY_OPEN = 90020;

	private JobRepositoryLocks() {
	}

	static boolean heldByAnotherProcess(Throwable failure) {
		return alreadyOpen(failure) != null;
	}

	static String describe(Throwable failure) {
		SQLException cause = alreadyOpen(failure);
		String message = (cause != null) ? cause.getMessage() : failure.getMessage();
		return message.lines().findFirst().orElse("").strip();
	}

	private static @Nullable SQLException alreadyOpen(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
				return sql;
			}
		}
		return null;
	}

}
