package org.carewarehouse.nightly;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A nightly run in another process, as far as the run lock can tell: holds the lock until
 * a line arrives on standard input.
 */
public final class LockHolder {

	private LockHolder() {
	}

	public static void main(String[] args) throws Exception {
		try (RunLock lock = RunLock.tryAcquire(Path.of(args[0]), Duration.ofMinutes(2), Duration.ofSeconds(1))) {
			System.out.println((lock != null) ? "locked" : "busy");
			System.out.flush();
			System.in.read();
		}
	}

}
