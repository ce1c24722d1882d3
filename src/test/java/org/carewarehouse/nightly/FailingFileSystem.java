package org.carewarehouse.nightly;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;
import org.carewarehouse.warehouse.LocalWarehouseFileSystem;

/**
 * The local file system with a disk that fills up: a file whose path matches the setting
 * {@value #FAIL} fails part-way through being written, as a full disk fails it.
 */
public class FailingFileSystem extends LocalWarehouseFileSystem {

	static final String FAIL = "test.fail-writes-matching";

	@Override
	public FSDataOutputStream create(Path file, boolean overwrite, int bufferSize, short replication, long blockSize,
			Progressable progress) throws IOException {
		return failing(file, super.create(file, overwrite, bufferSize, replication, blockSize, progress));
	}

	@Override
	public FSDataOutputStream create(Path file, FsPermission permission, boolean overwrite, int bufferSize,
			short replication, long blockSize, Progressable progress) throws IOException {
		return failing(file, super.create(file, permission, overwrite, bufferSize, replication, blockSize, progress));
	}

	private FSDataOutputStream failing(Path file, FSDataOutputStream out) {
		String pattern = getConf().get(FAIL);
		if (pattern == null || !file.toUri().getPath().matches(pattern)) {
			return out;
		}
		return new FSDataOutputStream(new FullDisk(out), null);
	}

	/** Takes a few bytes, then fails every write. */
	private static final class FullDisk extends FilterOutputStream {

		private int room = 64;

		FullDisk(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			if (this.room-- <= 0) {
				throw new IOException("No space left on device");
			}
			this.out.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			for (int i = 0; i < length; i++) {
				write(bytes[offset + i]);
			}
		}

	}

}
