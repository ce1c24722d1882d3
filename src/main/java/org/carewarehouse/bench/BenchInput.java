package org.carewarehouse.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Benchmark input shaped like real extracts: each sample file of a feed (one council and
 * year) repeated until all of them together hold the requested number of rows, or the
 * first of them alone repeated to that size, written as plain CSV. Streams one source
 * file at a time, so any size fits in memory.
 */
public final class BenchInput {

	private BenchInput() {
	}

	public static Path write(Path samples, Path target, long rows) throws IOException {
		return write(samples, target, "case-management", "services-", rows, false);
	}

	/**
	 * Writes one feed's benchmark input.
	 * @param samples the sources folder holding the sample files
	 * @param target the sources folder to write
	 * @param system the source system's folder, e.g. {@code finance}
	 * @param prefix the feed's file name prefix, e.g. {@code ledger-}
	 * @param rows the rows to write in all
	 * @param oneFile whether to write them all to one file
	 * @return the target folder
	 * @throws IOException if a file cannot be read or written
	 */
	static Path write(Path samples, Path target, String system, String prefix, long rows, boolean oneFile)
			throws IOException {
		Path folder = Files.createDirectories(target.resolve(system));
		List<Path> sources;
		try (Stream<Path> files = Files.list(samples.resolve(system))) {
			sources = files.filter((f) -> f.getFileName().toString().startsWith(prefix))
				.filter((f) -> f.toString().matches(".*\\.csv(\\.gz)?$"))
				.sorted()
				.limit(oneFile ? 1 : Long.MAX_VALUE)
				.toList();
		}
		if (sources.isEmpty()) {
			throw new IOException("No " + prefix + "* extracts under " + samples.resolve(system));
		}
		long written = 0;
		for (int i = 0; i < sources.size(); i++) {
			long share = (rows * (i + 1)) / sources.size() - written;
			List<String> lines = lines(sources.get(i));
			String name = sources.get(i).getFileName().toString().replaceFirst("\\.csv(\\.gz)?$", ".csv");
			try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(name))) {
				out.write(lines.get(0));
				out.newLine();
				for (long row = 0; row < share; row++) {
					out.write(lines.get(1 + (int) (row % (lines.size() - 1))));
					out.newLine();
				}
			}
			written += share;
		}
		return target;
	}

	private static List<String> lines(Path file) throws IOException {
		InputStream in = Files.newInputStream(file);
		if (file.toString().endsWith(".gz")) {
			in = new GZIPInputStream(in);
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().toList();
		}
	}

}
