package org.carewarehouse.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.carewarehouse.warehouse.RunLayout;
import org.jspecify.annotations.Nullable;

/**
 * A short text file beside the run folders ({@code runs/PUBLISHED},
 * {@code runs/KEY-CHECK}), read and replaced whole on the warehouse's file system.
 */
final class RunsNote {

	private final Path file;

	private final Configuration hadoop;

	RunsNote(RunLayout layout, Configuration hadoop, String name) {
		this.file = new Path(layout.runs(), name);
		this.hadoop = hadoop;
	}

	Path file() {
		return this.file;
	}

	/**
	 * The note's text.
	 * @return the text, or {@code null} if there is no note yet
	 */
	@Nullable String read() {
		try {
			FileSystem fs = this.file.getFileSystem(this.hadoop);
			if (!fs.exists(this.file)) {
				return null;
			}
			try (var in = fs.open(this.file)) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + this.file, ex);
		}
	}

	/**
	 * Replaces the note's text.
	 * @param text the new text
	 */
	void write(String text) {
		try (FSDataOutputStream out = this.file.getFileSystem(this.hadoop).create(this.file, true)) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + this.file, ex);
		}
	}

}
