package org.carewarehouse.nightly;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Benchmark input: the sample services extracts' rows repeated into two files of the
 * requested total size, streamed so that any size fits in memory.
 */
final class BenchInput {

	private BenchInput() {
	}

	static Path write(Path samples, Path target, long rows) throws IOException {
		Path folder = Files.createDirectories(target.resolve("case-management"));
		List<String> lines = new ArrayList<>();
		String header = null;
		try (Stream<Path> files = Files.list(samples.resolve("case-management"))) {
			for (Path file : files.filter((f) -> f.toString().matches(".*\\.csv(\\.gz)?$")).sorted().toList()) {
				List<String> content = lines(file);
				header = content.get(0);
				lines.addAll(content.subList(1, content.size()));
			}
		}
		if (header == null) {
			throw new IOException("No services extracts under " + samples.resolve("case-management"));
		}
		for (int part = 0; part < 2; part++) {
			try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("services-bench-" + part + ".csv"))) {
				out.write(header);
				out.newLine();
				for (long i = part; i < rows; i += 2) {
					out.write(lines.get((int) (i % lines.size())));
					out.newLine();
				}
			}
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
