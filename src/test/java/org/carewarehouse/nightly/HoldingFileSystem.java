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
 * setting {@value #HOLD} first creates the file {@link #reached} names beside the marker,
 * then waits while the marker the setting {@value #WHILE} names exists (at most five
 * minutes), so that a test can act while a nightly run is certainly under way, at a point
 * it chose, however fast or slow the machine.
 */
public class HoldingFileSystem extends LocalWarehouseFileSystem {

	static final String HOLD = "test.hold-writes-matching";

	static final String WHILE = "test.hold-while-exists";

	/**
	 * The settings that hold a nightly process before it creates a file matching
	 * {@code pattern}, while {@code marker} exists.
	 */
	static String[] arguments(String pattern, java.nio.file.Path marker) {
		return new String[] { "--care.hadoop.fs.file.impl=" + HoldingFileSystem.class.getName(),
				"--care.hadoop." + HOLD + "=" + pattern, "--care.hadoop." + WHILE + "=" + marker };
	}

	/** The file a held run creates beside {@code marker} when it reaches the hold. */
	static java.nio.file.Path reached(java.nio.file.Path marker) {
		return marker.resolveSibling(marker.getFileName() + ".reached");
	}

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
		java.nio.file.Path held = java.nio.file.Path.of(marker);
		if (Files.exists(held)) {
			Files.write(reached(held), new byte[0]);
		}
		Instant until = Instant.now().plus(Duration.ofMinutes(5));
		while (Files.exists(held) && Instant.now().isBefore(until)) {
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
