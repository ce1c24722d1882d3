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

			assertThat(sampler.window(now - 2_000_000_000L, now - 1_000_000_000L).cpuSeconds()).isNaN();
		}
	}

}
