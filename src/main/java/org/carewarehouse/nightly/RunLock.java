package org.carewarehouse.nightly;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.jspecify.annotations.Nullable;

/**
 * An operating system lock held for the whole of a run: it tells a second launch that a
 * run is in progress, and tells a restart that an execution left STARTED by a killed
 * process is not in fact running. The kernel frees it when the process dies.
 */
final class RunLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private RunLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the lock if no other process holds it.
	 * @param file the lock file
	 * @return the lock, or {@code null} if another process holds it
	 * @throws IOException if the file cannot be opened
	 */
	static @Nullable RunLock tryAcquire(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock lock = channel.tryLock();
		if (lock == null) {
			channel.close();
			return null;
		}
		return new RunLock(channel, lock);
	}

	@Override
	public void close() throws IOException {
		this.lock.release();
		this.channel.close();
	}

}
