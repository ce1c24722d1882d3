package org.carewarehouse.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.parquet.format.Util;

/**
 * The Parquet part files one source file wrote into one table of a run, in every
 * partition: {@code <part name>-<chunk>.parquet}, as {@link TableItemWriter} names them.
 */
final class TableParts {

	private final Configuration hadoop;

	private final String table;

	private final String partName;

	private final Pattern names;

	/**
	 * @param hadoop the file system settings
	 * @param table the table's name, its folder in a run
	 * @param partName the source file's part name stem
	 */
	TableParts(Configuration hadoop, String table, String partName) {
		this.hadoop = hadoop;
		this.table = table;
		// the chunk number, not just a dash, so that another file whose name merely
		// begins with this one's is never taken for it
		this.partName = partName;
		this.names = Pattern.compile(Pattern.quote(partName) + "-[0-9]+\\.parquet");
	}

	/**
	 * Deletes the file's parts from a run.
	 * @param run the run folder
	 */
	void remove(Path run) {
		try {
			FileSystem fs = run.getFileSystem(this.hadoop);
			for (Path part : list(run)) {
				fs.delete(part, false);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot remove the parts of " + this.partName + " from " + run, ex);
		}
	}

	/**
	 * Replaces the file's parts in one run by its parts in another, each in the same
	 * partition under the same name: copying again gives the same result.
	 * @param from the run to copy from
	 * @param to the run to copy into
	 * @return the rows the copied parts hold
	 */
	long copy(Path from, Path to) {
		remove(to);
		Path source = new Path(from, this.table);
		String prefix = source.toUri().getPath();
		long rows = 0;
		try {
			FileSystem fs = to.getFileSystem(this.hadoop);
			for (Path part : list(from)) {
				String relative = part.toUri().getPath().substring(prefix.length() + 1);
				FileUtil.copy(fs, part, fs, new Path(new Path(to, this.table), relative), false, true, this.hadoop);
				rows += rows(fs, part);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot copy the parts of " + this.partName + " from " + from, ex);
		}
		return rows;
	}

	/**
	 * The rows a part holds, from its footer: a Parquet file ends with its metadata, the
	 * metadata's length (4 bytes, little-endian) and {@code PAR1}.
	 */
	private static long rows(FileSystem fs, Path part) throws IOException {
		long length = fs.getFileStatus(part).getLen();
		try (FSDataInputStream in = fs.open(part)) {
			byte[] tail = new byte[8];
			in.readFully(length - tail.length, tail);
			int footer = ByteBuffer.wrap(tail, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
			byte[] metadata = new byte[footer];
			in.readFully(length - tail.length - footer, metadata);
			return Util.readFileMetaData(new ByteArrayInputStream(metadata)).getNum_rows();
		}
	}

	private List<Path> list(Path run) throws IOException {
		Path folder = new Path(run, this.table);
		FileSystem fs = folder.getFileSystem(this.hadoop);
		List<Path> parts = new ArrayList<>();
		if (!fs.exists(folder)) {
			return parts;
		}
		RemoteIterator<LocatedFileStatus> files = fs.listFiles(folder, true);
		while (files.hasNext()) {
			Path file = files.next().getPath();
			if (this.names.matcher(file.getName()).matches()) {
				parts.add(file);
			}
		}
		return parts;
	}

}
