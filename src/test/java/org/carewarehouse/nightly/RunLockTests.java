package org.carewarehouse.nightly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run lock tells a live holder from a dead one: by the process table on this host, by
 * the heartbeat from another.
 */
class RunLockTests {

	private static final Duration STALE = Duration.ofMinutes(2);

	private static final Duration BEAT = Duration.ofMillis(200);

	@TempDir
	Path root;

	@Test
	void aSecondRunIsRefusedWhileTheFirstHoldsTheLockAndAdmittedOnceItEnds() throws Exception {
		Path file = this.root.resolve("nightly.lock");
		try (RunLock first = RunLock.tryAcquire(file, STALE, BEAT)) {
			assertThat(first).isNotNull();
			assertThat(RunLock.tryAcquire(file, STALE, BEAT)).isNull();
			assertThat(RunLock.holder(file)).contains("pid " + ProcessHandle.current().pid());
		}
		assertThat(file).doesNotExist();
		try (RunLock again = RunLock.tryAcquire(file, STALE, BEAT)) {
			assertThat(again).isNotNull();
		}
	}

	/**
	 * A heartbeat under way when the run ends must not write the lock back after the run
	 * has removed it, or the next run, started at once, is refused as if this one still
	 * held it. Beating every millisecond, each of many short holds leaves no lock behind.
	 */
	@Test
	void aHeartbeatUnderWayAtTheEndLeavesNoLockBehind() throws Exception {
		Path file = this.root.resolve("nightly.lock");
		for (int i = 0; i < 100; i++) {
			try (RunLock lock = RunLock.tryAcquire(file, STALE, Duration.ofMillis(1))) {
				assertThat(lock).as("hold %d", i).isNotNull();
				Thread.sleep(i % 3);
			}
			assertThat(file).as("after hold %d", i).doesNotExist();
		}
	}

	@Test
	void aRunOnAnotherHostIsLiveWhileItsHeartbeatIsFresh() throws Exception {
		Path file = this.root.resolve("nightly.lock");
		Files.writeString(file, other("elsewhere", 1, Instant.now().minusSeconds(90)).text());

		assertThat(RunLock.tryAcquire(file, STALE, BEAT)).isNull();
		assertThat(RunLock.holder(file)).contains("host elsewhere");
	}

	@Test
	void aRunOnAnotherHostWhoseHeartbeatStoppedIsTakenOver() throws Exception {
		Path file = this.root.resolve("nightly.lock");
		Files.writeString(file, other("elsewhere", 1, Instant.now().minus(STALE).minusSeconds(1)).text());

		try (RunLock lock = RunLock.tryAcquire(file, STALE, BEAT)) {
			assertThat(lock).isNotNull();
			assertThat(RunLock.holder(file)).contains("pid " + ProcessHandle.current().pid());
		}
	}

	@Test
	void aDeadProcessOnThisHostIsTakenOverAtOnceWhateverItsHeartbeat() throws Exception {
		Path file = this.root.resolve("nightly.lock");
		Process dead = new ProcessBuilder("true").start();
		dead.waitFor();
		LockOwner me = LockOwner.current();
		Files.writeString(file, other(me.host(), dead.pid(), Instant.now()).text());

		try (RunLock lock = RunLock.tryAcquire(file, STALE, BEAT)) {
			assertThat(lock).isNotNull();
		}
	}

	@Test
	void theHolderKeepsItsHeartbeatFresh() throws Exception {
		Path file = this.root.resolve("nightly.lock");
		try (RunLock lock = RunLock.tryAcquire(file, STALE, BEAT)) {
			Instant first = LockOwner.parse(Files.readString(file)).heartbeat();
			Thread.sleep(BEAT.toMillis() * 3);
			assertThat(LockOwner.parse(Files.readString(file)).heartbeat()).isAfter(first);
		}
	}

	@Test
	void aHolderThatLostItsLockLeavesItsSuccessorsFileAlone() throws Exception {
		Path file = this.root.resolve("nightly.lock");
		RunLock lock = RunLock.tryAcquire(file, STALE, BEAT);
		String successor = other("elsewhere", 1, Instant.now()).text();
		Files.writeString(file, successor);

		lock.close();

		assertThat(file).hasContent(successor);
	}

	@Test
	void aHalfWrittenLockIsLiveUntilNothingHasTouchedItForTheStalePeriod() throws Exception {
		Path file = this.root.resolve("nightly.lock");
		Files.writeString(file, "token=");

		assertThat(RunLock.tryAcquire(file, STALE, BEAT)).isNull();
		Files.setLastModifiedTime(file,
				java.nio.file.attribute.FileTime.from(Instant.now().minus(STALE).minusSeconds(1)));
		try (RunLock lock = RunLock.tryAcquire(file, STALE, BEAT)) {
			assertThat(lock).isNotNull();
		}
	}

	private static LockOwner other(String host, long pid, Instant heartbeat) {
		return new LockOwner("someone-else", host, pid, null, heartbeat);
	}

}
