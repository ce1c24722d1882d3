package org.carewarehouse.nightly;

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
 * Benchmark input shaped like real extracts: each sample services file (one council and
 * year) repeated until all of them together hold the requested number of rows, written as
 * plain CSV. Streams one source file at a time, so any size fits in memory.
 */
final class BenchInput {

	private BenchInput() {
	}

	static Path write(Path samples, Path target, long rows) throws IOException {
		Path folder = Files.createDirectories(target.resolve("case-management"));
		List<Path> sources;
		try (Stream<Path> files = Files.list(samples.resolve("case-management"))) {
			sources = files.filter((f) -> f.toString().matches(".*\\.csv(\\.gz)?$")).sorted().toList();
		}
		if (sources.isEmpty()) {
			throw new IOException("No services extracts under " + samples.resolve("case-management"));
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
