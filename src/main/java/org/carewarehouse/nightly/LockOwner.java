package org.carewarehouse.nightly;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who holds the run lock, as written in the lock file: host, process id and start time,
 * and a heartbeat the holder renews while it runs.
 *
 * @param token unique to one acquisition, so a holder can tell its own lock from a
 * successor's
 * @param host the holder's host name
 * @param pid the holder's process id on that host
 * @param started when the holder's process started, if the platform says
 * @param heartbeat when the holder last renewed the lock
 */
record LockOwner(String token, String host, long pid, @Nullable Instant started, Instant heartbeat) {

	static LockOwner current() {
		ProcessHandle self = ProcessHandle.current();
		return new LockOwner(UUID.randomUUID().toString(), hostName(), self.pid(),
				self.info().startInstant().orElse(null), Instant.now());
	}

	LockOwner beating() {
		return new LockOwner(this.token, this.host, this.pid, this.started, Instant.now());
	}

	/**
	 * Whether the holder may be running. On this host the process table answers (a pid
	 * reused by a later process does not count); from another host only the heartbeat
	 * can, so a holder there is live until its heartbeat is older than
	 * {@code staleAfter}.
	 */
	boolean alive(Duration staleAfter) {
		if (this.host.equals(hostName())) {
			return ProcessHandle.of(this.pid)
				.filter(ProcessHandle::isAlive)
				.map((process) -> this.started == null
						|| process.info().startInstant().map(this.started::equals).orElse(true))
				.orElse(false);
		}
		return this.heartbeat.plus(staleAfter).isAfter(Instant.now());
	}

	String text() {
		return "token=" + this.token + "\nhost=" + this.host + "\npid=" + this.pid + "\nstarted="
				+ ((this.started != null) ? this.started : "") + "\nheartbeat=" + this.heartbeat + "\n";
	}

	/**
	 * Reads a lock file's text.
	 * @return the owner, or {@code null} if the text is not a whole lock (being written,
	 * or written by something else)
	 */
	static @Nullable LockOwner parse(String text) {
		Properties values = new Properties();
		try {
			values.load(new StringReader(text));
			String started = values.getProperty("started", "");
			if (values.getProperty("token") == null || values.getProperty("host") == null) {
				return null;
			}
			return new LockOwner(values.getProperty("token"), values.getProperty("host"),
					Long.parseLong(values.getProperty("pid")), started.isEmpty() ? null : Instant.parse(started),
					Instant.parse(values.getProperty("heartbeat")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	@Override
	public String toString() {
		return "host " + this.host + ", pid " + this.pid + ", last heartbeat " + this.heartbeat;
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			String name = System.getenv("HOSTNAME");
			return (name != null && !name.isBlank()) ? name : "unknown";
		}
	}

}
