package org.carewarehouse.warehouse;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import org.springframework.util.FileSystemUtils;

/**
 * A local copy, beside the catalog, of the runs the catalog reads, for a warehouse root
 * DuckDB cannot read ({@code hdfs:} and any scheme but {@code file:} and {@code s3a:}).
 * The warehouse root stays the record: what DuckDB writes into a run's copy goes back to
 * the run, and a run's copy goes when retention removes the run.
 */
public class LocalMirror {

	private static final Log logger = LogFactory.getLog(LocalMirror.class);

	private final RunLayout layout;

	private final Configuration hadoop;

	/**
	 * Creates the mirror of a warehouse.
	 * @param layout the warehouse's layout
	 * @param hadoop the Hadoop settings both file systems are opened with
	 */
	public LocalMirror(RunLayout layout, Configuration hadoop) {
		this.layout = layout;
		this.hadoop = hadoop;
	}

	/**
	 * Copies a folder of the warehouse (a run, or the run history) into the mirror: each
	 * file the mirror lacks or holds in another version. Does nothing where DuckDB reads
	 * the root itself.
	 * @param location the folder
	 */
	public void pull(Path location) {
		if (this.layout.mirrored()) {
			Copied copied = sync(location, local(location));
			logger.info("Copied " + copied + " from " + location + " to the local mirror "
					+ this.layout.mirrorOf(location) + " (DuckDB cannot read " + this.layout.root().getScheme() + ":)");
		}
	}

	/**
	 * Copies back to a run what DuckDB wrote into its mirror (the exports and
	 * materialised models), so the run in the warehouse holds them like any other run.
	 * @param run the run's folder in the warehouse
	 */
	public void push(Path run) {
		if (this.layout.mirrored()) {
			Copied copied = sync(local(run), run);
			logger.info("Copied " + copied + " written by DuckDB from the local mirror to " + run);
		}
	}

	/**
	 * Removes the copy of every run no longer in the warehouse, so that the mirror keeps
	 * the runs retention keeps.
	 */
	public void prune() {
		java.nio.file.Path runs = this.layout.mirrorOf(this.layout.runs());
		if (!this.layout.mirrored() || !Files.isDirectory(runs)) {
			return;
		}
		try {
			for (java.nio.file.Path night : folders(runs)) {
				for (java.nio.file.Path copy : folders(night)) {
					Path run = new Path(this.layout.runs(), night.getFileName() + "/" + copy.getFileName());
					if (!run.getFileSystem(this.hadoop).exists(run)) {
						logger.info("Removing the local mirror of " + run + ", a run no longer kept");
						FileSystemUtils.deleteRecursively(copy);
					}
				}
				if (folders(night).isEmpty()) {
					Files.deleteIfExists(night);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prune the local mirror " + runs, ex);
		}
	}

	/**
	 * The copy of a location, a {@code file:} path (without the trailing slash of a
	 * folder's URI).
	 */
	private Path local(Path location) {
		return new Path(this.layout.mirrorOf(location).toUri().toString().replaceAll("/+$", ""));
	}

	/**
	 * Copies each visible file under {@code from} that {@code to} lacks or holds with
	 * another length or modification time, keeping the time, so that an unchanged file is
	 * never copied twice in either direction.
	 * @return the files and bytes copied
	 */
	private Copied sync(Path from, Path to) {
		Copied copied = new Copied();
		try {
			FileSystem source = from.getFileSystem(this.hadoop);
			FileSystem target = to.getFileSystem(this.hadoop);
			if (!source.exists(from)) {
				return copied;
			}
			String base = source.makeQualified(from).toUri().getPath().replaceAll("/+$", "");
			RemoteIterator<LocatedFileStatus> files = source.listFiles(from, true);
			while (files.hasNext()) {
				LocatedFileStatus file = files.next();
				String relative = file.getPath().toUri().getPath().substring(base.length() + 1);
				if (!hidden(relative) && !same(file, target, new Path(to, relative))) {
					copy(source, file, target, new Path(to, relative));
					copied.add(file.getLen());
				}
			}
			return copied;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot copy " + from + " to " + to, ex);
		}
	}

	/** Copies under a hidden name and renames, so DuckDB never reads half a file. */
	private void copy(FileSystem source, FileStatus file, FileSystem target, Path to) throws IOException {
		Path partial = new Path(to.getParent(), "." + to.getName() + ".copying");
		FileUtil.copy(source, file.getPath(), target, partial, false, true, this.hadoop);
		target.setTimes(partial, file.getModificationTime(), -1);
		if (!target.rename(partial, to)) {
			target.delete(to, false);
			if (!target.rename(partial, to)) {
				throw new IOException("rename of " + partial + " refused");
			}
		}
	}

	private static boolean same(FileStatus file, FileSystem target, Path to) throws IOException {
		try {
			FileStatus copy = target.getFileStatus(to);
			return copy.getLen() == file.getLen() && copy.getModificationTime() == file.getModificationTime();
		}
		catch (FileNotFoundException ex) {
			return false;
		}
	}

	/** Hadoop's convention: names starting with {@code .} or {@code _} are not data. */
	private static boolean hidden(String relative) {
		return Stream.of(relative.split("/")).anyMatch((name) -> name.startsWith(".") || name.startsWith("_"));
	}

	private static List<java.nio.file.Path> folders(java.nio.file.Path folder) throws IOException {
		try (Stream<java.nio.file.Path> children = Files.list(folder)) {
			return children.filter(Files::isDirectory).toList();
		}
	}

	/** What a copy cost, for the log. */
	private static final class Copied {

		private long files;

		private long bytes;

		void add(long length) {
			this.files++;
			this.bytes += length;
		}

		@Override
		public String toString() {
			return this.files + " file(s), " + String.format(Locale.ROOT, "%.1f MB", this.bytes / 1_000_000.0);
		}

	}

}
