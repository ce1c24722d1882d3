package org.carewarehouse.nightly;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;

import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.carewarehouse.warehouse.LocalWarehouseFileSystem;

/**
 * The local file system holding a run still: creating a file whose path matches the
 * setting {@value #HOLD} waits while the file the setting {@value #WHILE} names exists
 * (at most five minutes), so that a test can act while a nightly run is certainly under
 * way, however fast the machine.
 */
public class HoldingFileSystem extends LocalWarehouseFileSystem {

	static final String HOLD = "test.hold-writes-matching";

	static final String WHILE = "test.hold-while-exists";

	@Override
	protected OutputStream createOutputStreamWithMode(Path file, boolean append, FsPermission permission)
			throws IOException {
		hold(file);
		return super.createOutputStreamWithMode(file, append, permission);
	}

	private void hold(Path file) throws IOException {
		String pattern = getConf().get(HOLD);
		String marker = getConf().get(WHILE);
		if (pattern == null || marker == null || !file.toUri().getPath().matches(pattern)) {
			return;
		}
		Instant until = Instant.now().plus(Duration.ofMinutes(5));
		while (Files.exists(java.nio.file.Path.of(marker)) && Instant.now().isBefore(until)) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException("interrupted while held before writing " + file);
			}
		}
	}

}
