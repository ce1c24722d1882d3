package org.carewarehouse.warehouse;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;

/**
 * The local file system under a scheme of its own, {@value #SCHEME}{@code :}, that DuckDB
 * cannot read: a warehouse root on it must be read through the local mirror, as an
 * {@code hdfs:} root is.
 */
public class MirrorTestFileSystem extends LocalWarehouseFileSystem {

	static final String SCHEME = "mirrortest";

	@Override
	public URI getUri() {
		return URI.create(SCHEME + ":///");
	}

	@Override
	public String getScheme() {
		return SCHEME;
	}

	@Override
	public FileStatus getFileStatus(Path file) throws IOException {
		return plain(super.getFileStatus(file));
	}

	@Override
	public FileStatus[] listStatus(Path folder) throws IOException {
		return Arrays.stream(super.listStatus(folder)).map(MirrorTestFileSystem::plain).toArray(FileStatus[]::new);
	}

	/**
	 * The local file system reads permissions through a {@code file:} URI, so they are
	 * left out.
	 */
	private static FileStatus plain(FileStatus status) {
		return new FileStatus(status.getLen(), status.isDirectory(), 1, status.getBlockSize(),
				status.getModificationTime(), status.getPath());
	}

}
