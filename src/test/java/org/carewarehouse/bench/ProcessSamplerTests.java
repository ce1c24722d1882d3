package org.carewarehouse.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the benchmark's sampler reads of the process.
 */
class ProcessSamplerTests {

	@Test
	void threadTimeIsUserPlusSystemTicksCountedAfterTheBracketedName() {
		// a name may hold spaces and brackets; utime and stime are the 14th and 15th
		// fields
		String stat = "4242 (C2 Compiler (x)) S 1 4242 4242 0 -1 4194368 97 0 0 0 123 45 0 0 20 0 1 0 9 0 0";

		assertThat(ProcessSampler.ticks(stat)).isEqualTo(168);
		assertThat(ProcessSampler.ticks("")).as("a thread that ended while being read").isZero();
	}

	@Test
	void aWindowHoldsTheCpuTheProcessUsedInIt() throws Exception {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		try (ProcessSampler sampler = new ProcessSampler()) {
			Thread.sleep(50);
			long from = System.nanoTime();
			long cpuFrom = threads.getCurrentThreadCpuTime();
			long spin = 0;
			while (threads.getCurrentThreadCpuTime() - cpuFrom < 400_000_000L) {
				spin += Long.numberOfTrailingZeros(spin + System.nanoTime());
			}
			Thread.sleep(50);
			ProcessSampler.Window window = sampler.window(from, System.nanoTime());

			assertThat(spin).isPositive();
			assertThat(window.heapMb()).isPositive();
			assertThat(window.cpuSeconds()).as("this thread alone spent 0.4 s of CPU").isGreaterThanOrEqualTo(0.3);
			if (Files.isDirectory(Path.of("/proc/self/task"))) {
				assertThat(window.residentMb()).isGreaterThanOrEqualTo(window.heapMb());
				assertThat(window.compilerSeconds()).isNotNegative();
				assertThat(window.collectorSeconds()).isNotNegative();
			}
		}
	}

	@Test
	void aWindowWithNoReadingInItKnowsNoCpu() throws Exception {
		try (ProcessSampler sampler = new ProcessSampler()) {
			long now = System.nanoTime();
			ProcessSampler.Window window = sampler.window(now - 2_000_000_000L, now - 1_000_000_000L);

			assertThat(window.cpuSeconds()).isNaN();
			assertThat(window.heapAfterGcMb()).as("no collection in it").isEqualTo(-1);
		}
	}

	/**
	 * 32 MiB still held when the heap is collected: the collection leaves at least that
	 * much, however much garbage the heap held before it.
	 */
	@Test
	void aCollectionTellsTheHeapItLeft() throws Exception {
		try (ProcessSampler sampler = new ProcessSampler()) {
			long from = System.nanoTime();
			byte[][] held = new byte[32][];
			for (int i = 0; i < held.length; i++) {
				held[i] = new byte[1 << 20];
			}
			System.gc();
			// the collector's notification comes on a thread of its own
			ProcessSampler.Window window = sampler.window(from, System.nanoTime());
			for (long deadline = System.nanoTime() + 10_000_000_000L; window.heapAfterGcMb() < 0
					&& System.nanoTime() < deadline;) {
				Thread.sleep(50);
				window = sampler.window(from, System.nanoTime());
			}

			assertThat(held[held.length - 1]).as("still held").hasSize(1 << 20);
			assertThat(window.heapAfterGcMb()).isGreaterThanOrEqualTo(32);
		}
	}

}
