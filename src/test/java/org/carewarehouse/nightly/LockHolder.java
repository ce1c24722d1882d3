package org.carewarehouse.nightly;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A nightly run in another process, as far as the run lock can tell: holds the lock until
 * a line arrives on standard input.
 */
public final class LockHolder {

	private LockHolder() {
	}

	public static void main(String[] args) throws Exception {
		try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); var lock = channel.lock()) {
			System.out.println("locked");
			System.out.flush();
			System.in.read();
		}
	}

}
