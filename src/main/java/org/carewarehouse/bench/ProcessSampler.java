package org.carewarehouse.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Samples the process every few milliseconds while a benchmark runs: the JVM's heap in
 * use, the process's resident memory, which also holds what DuckDB allocates outside the
 * heap, and the CPU time of the whole process (DuckDB's threads included), of the JIT
 * compilers' threads and of the collector's. Resident memory and the compilers' and
 * collector's CPU are read from {@code /proc/self} and are not known elsewhere. It also
 * hears of every collection the heap's size once it ended: the heap in use counts garbage
 * not yet collected, as much as the collector lets it grow, so what the load holds on to
 * is told by the heap after a collection.
 */
final class ProcessSampler implements AutoCloseable {

	private static final Path PROC = Path.of("/proc/self");

	private static final long SAMPLE_MILLIS = 20;

	/**
	 * The threads' CPU times are read every this many samples: each reading opens two
	 * files per thread.
	 */
	private static final int THREADS_EVERY = 10;

	/** Linux reports thread CPU time in clock ticks of 1/100 s on every architecture. */
	private static final long NANOS_PER_TICK = 10_000_000;

	private final List<Sample> samples = new ArrayList<>();

	/** When each collection ended, by {@link System#nanoTime()}, and the heap it left. */
	private final List<long[]> collections = new ArrayList<>();

	private final List<Runnable> unsubscribe = new ArrayList<>();

	private final Thread thread;

	private volatile boolean running = true;

	/**
	 * One reading.
	 *
	 * @param nanos when, by {@link System#nanoTime()}
	 * @param heap heap bytes in use
	 * @param resident resident bytes of the whole process, -1 where unknown
	 * @param cpu CPU nanoseconds the process has used, -1 where unknown
	 * @param threads CPU nanoseconds the compilers' and the collector's threads have used
	 */
	record Sample(long nanos, long heap, long resident, long cpu, ThreadCpu threads) {
	}

	/**
	 * CPU time of the JVM's own threads.
	 *
	 * @param compilers nanoseconds of the JIT compiler threads, -1 where unknown
	 * @param collector nanoseconds of the garbage collector's threads, -1 where unknown
	 */
	record ThreadCpu(long compilers, long collector) {

		static final ThreadCpu UNKNOWN = new ThreadCpu(-1, -1);

	}

	/**
	 * What the process did over a stretch of time.
	 *
	 * @param heapMb peak heap in use, MiB
	 * @param heapAfterGcMb the largest heap a collection left, MiB, -1 where none ended
	 * @param residentMb peak resident memory of the process, MiB, -1 where unknown
	 * @param cpuSeconds CPU seconds the process used, NaN where unknown
	 * @param compilerSeconds CPU seconds of the JIT compilers, NaN where unknown
	 * @param collectorSeconds CPU seconds of the collector, NaN where unknown
	 */
	record Window(long heapMb, long heapAfterGcMb, long residentMb, double cpuSeconds, double compilerSeconds,
			double collectorSeconds) {
	}

	ProcessSampler() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
		this.thread = new Thread(() -> {
			ThreadCpu threads = ThreadCpu.UNKNOWN;
			for (long n = 0; this.running; n++) {
				if (n % THREADS_EVERY == 0) {
					threads = threadCpu();
				}
				Sample sample = new Sample(System.nanoTime(), memory.getHeapMemoryUsage().getUsed(), resident(),
						processCpu(os), threads);
				synchronized (this.samples) {
					this.samples.add(sample);
				}
				try {
					Thread.sleep(SAMPLE_MILLIS);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "bench-sampler");
		this.thread.setDaemon(true);
		this.thread.start();
		listenToCollections();
	}

	private void listenToCollections() {
		Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.map(MemoryPoolMXBean::getName)
			.collect(Collectors.toSet());
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof NotificationEmitter emitter) {
				NotificationListener listener = (notification, handback) -> {
					if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
						.equals(notification.getType())) {
						long left = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
							.getGcInfo()
							.getMemoryUsageAfterGc()
							.entrySet()
							.stream()
							.filter((pool) -> heapPools.contains(pool.getKey()))
							.mapToLong((pool) -> pool.getValue().getUsed())
							.sum();
						synchronized (this.collections) {
							this.collections.add(new long[] { System.nanoTime(), left });
						}
					}
				};
				emitter.addNotificationListener(listener, null, null);
				this.unsubscribe.add(() -> {
					try {
						emitter.removeNotificationListener(listener);
					}
					catch (ListenerNotFoundException ex) {
						// already gone
					}
				});
			}
		}
	}

	/**
	 * The peaks over a stretch of time, and the CPU used between the readings nearest its
	 * start and its end.
	 */
	Window window(long fromNanos, long toNanos) {
		long heap = 0;
		long resident = -1;
		Sample first = null;
		Sample last = null;
		synchronized (this.samples) {
			for (Sample sample : this.samples) {
				if (sample.nanos() >= fromNanos && sample.nanos() <= toNanos) {
					heap = Math.max(heap, sample.heap());
					resident = Math.max(resident, sample.resident());
					first = (first != null) ? first : sample;
					last = sample;
				}
			}
		}
		long afterGc = -1;
		synchronized (this.collections) {
			for (long[] collection : this.collections) {
				if (collection[0] >= fromNanos && collection[0] <= toNanos) {
					afterGc = Math.max(afterGc, collection[1]);
				}
			}
		}
		return new Window(heap >> 20, (afterGc < 0) ? -1 : afterGc >> 20, (resident < 0) ? -1 : resident >> 20,
				used(first, last, Sample::cpu), used(first, last, (s) -> s.threads().compilers()),
				used(first, last, (s) -> s.threads().collector()));
	}

	private static double used(Sample first, Sample last, ToLongFunction<Sample> nanos) {
		if (first == null || nanos.applyAsLong(first) < 0 || nanos.applyAsLong(last) < 0) {
			return Double.NaN;
		}
		return Math.max(0, nanos.applyAsLong(last) - nanos.applyAsLong(first)) / 1e9;
	}

	@Override
	public void close() throws InterruptedException {
		this.unsubscribe.forEach(Runnable::run);
		this.running = false;
		this.thread.join();
	}

	private static long processCpu(OperatingSystemMXBean os) {
		return (os instanceof com.sun.management.OperatingSystemMXBean hotspot) ? hotspot.getProcessCpuTime() : -1;
	}

	private static long resident() {
		try {
			for (String line : Files.readAllLines(PROC.resolve("status"))) {
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

	/**
	 * The compilers' and the collector's threads, by the names HotSpot gives them ("C2
	 * CompilerThread0", "GC Thread#1", "G1 Conc#0"); a thread that ends takes its time
	 * with it.
	 */
	private static ThreadCpu threadCpu() {
		long compilers = 0;
		long collector = 0;
		try (Stream<Path> tasks = Files.list(PROC.resolve("task"))) {
			for (Path task : tasks.toList()) {
				String name = readOrBlank(task.resolve("comm"));
				if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
					compilers += ticks(readOrBlank(task.resolve("stat")));
				}
				else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
					collector += ticks(readOrBlank(task.resolve("stat")));
				}
			}
		}
		catch (IOException ex) {
			// not Linux: the threads' times are not known
			return ThreadCpu.UNKNOWN;
		}
		return new ThreadCpu(compilers * NANOS_PER_TICK, collector * NANOS_PER_TICK);
	}

	/** A file of a thread that may end while it is read: blank once it has. */
	private static String readOrBlank(Path file) {
		try {
			return Files.readString(file).strip();
		}
		catch (IOException ex) {
			return "";
		}
	}

	/**
	 * User and system time from a {@code stat} line: the 14th and 15th fields, counted
	 * after the name in brackets, which may hold spaces.
	 * @param stat the line, or blank for a thread that has ended
	 * @return clock ticks
	 */
	static long ticks(String stat) {
		if (stat.isEmpty()) {
			return 0;
		}
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

}
