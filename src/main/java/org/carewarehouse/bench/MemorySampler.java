package org.carewarehouse.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples the process's memory every few milliseconds while a benchmark runs: the JVM's
 * heap in use and the process's resident memory, which also holds what DuckDB allocates
 * outside the heap (on Linux, from {@code /proc/self/status}; elsewhere -1).
 */
final class MemorySampler implements AutoCloseable {

	private static final Path STATUS = Path.of("/proc/self/status");

	private final List<Sample> samples = new ArrayList<>();

	private final Thread thread;

	private volatile boolean running = true;

	/**
	 * One reading.
	 *
	 * @param nanos when, by {@link System#nanoTime()}
	 * @param heap heap bytes in use
	 * @param resident resident bytes of the whole process, -1 where unknown
	 */
	record Sample(long nanos, long heap, long resident) {
	}

	/**
	 * The peaks over a stretch of time.
	 *
	 * @param heapMb peak heap in use, MiB
	 * @param residentMb peak resident memory of the process, MiB
	 */
	record Peaks(long heapMb, long residentMb) {
	}

	MemorySampler() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		this.thread = new Thread(() -> {
			while (this.running) {
				Sample sample = new Sample(System.nanoTime(), memory.getHeapMemoryUsage().getUsed(), resident());
				synchronized (this.samples) {
					this.samples.add(sample);
				}
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "bench-memory");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	Peaks peaks(long fromNanos, long toNanos) {
		long heap = 0;
		long resident = -1;
		synchronized (this.samples) {
			for (Sample sample : this.samples) {
				if (sample.nanos() >= fromNanos && sample.nanos() <= toNanos) {
					heap = Math.max(heap, sample.heap());
					resident = Math.max(resident, sample.resident());
				}
			}
		}
		return new Peaks(heap >> 20, (resident < 0) ? -1 : resident >> 20);
	}

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		this.thread.join();
	}

	private static long resident() {
		try {
			for (String line : Files.readAllLines(STATUS)) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// not Linux: resident memory is not known
		}
		return -1;
	}

}
