package org.carewarehouse.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.carewarehouse.warehouse.RunLayout;

/**
 * {@code current/}: a copy of the published run's files (on a local disk, links to them)
 * under a path that does not change from night to night, so that a BI tool or an Excel
 * workbook is pointed at it once. The copy is made beside it as {@code current.next/} and
 * swapped in with two renames (the old folder aside, the new one into place), each atomic
 * on a local disk and on HDFS; the old copy is then deleted. A swap that cannot be made
 * (a Windows file server refuses to rename a folder holding a file someone has open)
 * leaves {@code current/} on the night before, with a warning, and the next night tries
 * again.
 */
class CurrentFolder {

	/** The folder's own description of what it holds, for a BI report's footer. */
	static final String DESCRIPTION = "published.csv";

	private static final Log logger = LogFactory.getLog(CurrentFolder.class);

	private final RunLayout layout;

	private final Configuration hadoop;

	CurrentFolder(RunLayout layout, Configuration hadoop) {
		this.layout = layout;
		this.hadoop = hadoop;
	}

	/**
	 * Makes a run's files the current ones.
	 * @param asOf the run's business date
	 * @param run the run's folder, just published
	 * @return whether {@code current/} now holds the run
	 */
	boolean publish(LocalDate asOf, Path run) {
		Path current = this.layout.current();
		Path next = current.suffix(".next");
		Path old = current.suffix(".old");
		try {
			FileSystem fs = current.getFileSystem(this.hadoop);
			fs.delete(next, true);
			fs.delete(old, true);
			copy(fs, run, next);
			describe(fs, new Path(next, DESCRIPTION), asOf, run);
			return swap(fs, next, current, old);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot copy " + run + " to " + next, ex);
		}
	}

	private void copy(FileSystem fs, Path run, Path next) throws IOException {
		if ("file".equals(fs.getUri().getScheme())) {
			link(java.nio.file.Path.of(run.toUri().getPath()), java.nio.file.Path.of(next.toUri().getPath()));
			return;
		}
		fs.mkdirs(next);
		for (FileStatus entry : fs.listStatus(run)) {
			if (!FileUtil.copy(fs, entry.getPath(), fs, new Path(next, entry.getPath().getName()), false, true,
					this.hadoop)) {
				throw new IOException("Cannot copy " + entry.getPath());
			}
		}
	}

	/**
	 * On a local disk, each file of the run linked into the new folder rather than
	 * copied: a run's files are never written again once published, so the two names show
	 * the same bytes, and the disk holds them once. A file the disk cannot link (another
	 * volume, a file system without links) is copied.
	 */
	private static void link(java.nio.file.Path run, java.nio.file.Path next) throws IOException {
		try (Stream<java.nio.file.Path> files = Files.walk(run)) {
			for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files::iterator) {
				java.nio.file.Path target = next.resolve(run.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
					continue;
				}
				try {
					Files.createLink(target, file);
				}
				catch (UnsupportedOperationException | FileSystemException ex) {
					Files.copy(file, target);
				}
			}
		}
	}

	/** One row saying which night the folder holds, readable by Excel and Power BI. */
	private void describe(FileSystem fs, Path file, LocalDate asOf, Path run) throws IOException {
		String runFolder = run.getParent().getName() + "/" + run.getName();
		String text = "as_of,run,copied_at\n" + asOf + ",runs/" + runFolder + ","
				+ LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
		try (FSDataOutputStream out = fs.create(file, true)) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
	}

	private boolean swap(FileSystem fs, Path next, Path current, Path old) throws IOException {
		if (fs.exists(current) && !renamed(fs, current, old)) {
			logger.warn("Could not move " + current + " aside (a file in it held open?); it keeps the earlier night");
			fs.delete(next, true);
			return false;
		}
		if (!fs.rename(next, current)) {
			fs.rename(old, current);
			throw new IOException("Cannot rename " + next + " to " + current);
		}
		if (fs.exists(old) && !fs.delete(old, true)) {
			logger.warn("Could not delete " + old + "; the next night removes it");
		}
		logger.info("Copied the published run to " + current);
		return true;
	}

	private static boolean renamed(FileSystem fs, Path from, Path to) {
		try {
			return fs.rename(from, to);
		}
		catch (IOException ex) {
			logger.debug("Rename of " + from + " refused", ex);
			return false;
		}
	}

}
