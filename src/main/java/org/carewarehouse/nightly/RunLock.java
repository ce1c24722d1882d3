package org.carewarehouse.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The warehouse's run lock: a file created atomically in the warehouse root, naming its
 * holder's host, process and a heartbeat renewed while the run lasts. Unlike an operating
 * system lock it means the same to every host that mounts a shared warehouse. A holder is
 * dead when its process is gone (same host) or its heartbeat is older than the stale
 * period (another host); only then may a new run take the lock over.
 */
final class RunLock implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(RunLock.class);

	/** How long closing waits for a heartbeat under way to finish writing. */
	private static final Duration BEAT_TIMEOUT = Duration.ofSeconds(30);

	private final Path file;

	private final ScheduledExecutorService heartbeat;

	private volatile LockOwner owner;

	private RunLock(Path file, LockOwner owner, Duration interval) {
		this.file = file;
		this.owner = owner;
		this.heartbeat = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "run-lock-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		long millis = interval.toMillis();
		this.heartbeat.scheduleWithFixedDelay(this::beat, millis, millis, TimeUnit.MILLISECONDS);
	}

	/**
	 * Takes the lock if no live run holds it.
	 * @param file the lock file
	 * @param staleAfter how old another host's heartbeat must be before its run counts as
	 * dead
	 * @param interval how often this holder renews its heartbeat
	 * @return the lock, or {@code null} if a live run holds it
	 * @throws IOException if the file cannot be read or written
	 */
	static @Nullable RunLock tryAcquire(Path file, Duration staleAfter, Duration interval) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		LockOwner me = LockOwner.current();
		if (create(file, me)) {
			return new RunLock(file, me, interval);
		}
		String held = read(file);
		boolean taken = (held != null) ? stale(file, held, staleAfter) && takeOver(file, held, me) : create(file, me);
		return taken ? new RunLock(file, me, interval) : null;
	}

	/**
	 * Describes the current holder, for the message that refuses a second run.
	 * @param file the lock file
	 * @return the holder, or a placeholder while it is being written
	 */
	static String holder(Path file) {
		try {
			String text = read(file);
			LockOwner owner = (text != null) ? LockOwner.parse(text) : null;
			return (owner != null) ? owner.toString() : "holder not yet written";
		}
		catch (IOException ex) {
			return "holder unreadable: " + ex.getMessage();
		}
	}

	private static boolean create(Path file, LockOwner owner) throws IOException {
		try {
			Files.writeString(file, owner.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE, StandardOpenOption.SYNC);
			return true;
		}
		catch (FileAlreadyExistsException ex) {
			return false;
		}
	}

	private static boolean stale(Path file, String text, Duration staleAfter) throws IOException {
		LockOwner owner = LockOwner.parse(text);
		if (owner != null) {
			return !owner.alive(staleAfter);
		}
		// half written, or not a lock we wrote: stale only once nothing has touched it
		return Files.getLastModifiedTime(file).toInstant().plus(staleAfter).isBefore(Instant.now());
	}

	/**
	 * Moves the dead holder's file aside under a name of our own, so that of two runs
	 * taking over at once only one moves it; then creates ours as if the file had never
	 * been there.
	 */
	private static boolean takeOver(Path file, String staleText, LockOwner me) throws IOException {
		Path aside = file.resolveSibling(file.getFileName() + ".stale-" + me.token());
		try {
			Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (NoSuchFileException ex) {
			return create(file, me);
		}
		catch (AtomicMoveNotSupportedException ex) {
			throw new IOException("The warehouse's file system cannot rename atomically: " + file, ex);
		}
		if (!staleText.equals(Files.readString(aside, StandardCharsets.UTF_8))) {
			// another run took the lock between our read and our move: give it back
			Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE);
			return false;
		}
		logger.warn("Took over the run lock " + file + " from a run that is no longer alive ("
				+ Objects.requireNonNullElse((Object) LockOwner.parse(staleText), "an unreadable lock file") + ")");
		Files.delete(aside);
		return create(file, me);
	}

	private static @Nullable String read(Path file) throws IOException {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException ex) {
			return null;
		}
	}

	/**
	 * Renews the heartbeat, but only while the file is still ours; written beside the
	 * lock and moved over it, so that a reader never sees a half-written file.
	 */
	private void beat() {
		try {
			String text = read(this.file);
			LockOwner current = (text != null) ? LockOwner.parse(text) : null;
			if (current == null || !current.token().equals(this.owner.token())) {
				logger.error("The run lock " + this.file + " is no longer held by this run (now: "
						+ ((current != null) ? current : "none") + ")");
				return;
			}
			this.owner = this.owner.beating();
			Path renewed = this.file.resolveSibling(this.file.getFileName() + ".beat");
			Files.writeString(renewed, this.owner.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
			Files.move(renewed, this.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException | UncheckedIOException ex) {
			logger.warn("Cannot renew the run lock " + this.file + ": " + ex.getMessage());
		}
	}

	/**
	 * Stops the heartbeat, waiting for a beat under way (which would otherwise write the
	 * lock back after it is removed, refusing the next run as if this one still held it),
	 * then removes the lock if it is still ours.
	 */
	@Override
	public void close() throws IOException {
		this.heartbeat.shutdown();
		try {
			if (!this.heartbeat.awaitTermination(BEAT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				logger.warn("The run lock's heartbeat " + this.file + " did not stop within " + BEAT_TIMEOUT);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		String text = read(this.file);
		LockOwner current = (text != null) ? LockOwner.parse(text) : null;
		if (current != null && current.token().equals(this.owner.token())) {
			Files.delete(this.file);
		}
	}

}
