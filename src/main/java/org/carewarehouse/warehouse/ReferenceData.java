package org.carewarehouse.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The reference tables shipped in {@code warehouse/reference} (councils, support reasons,
 * service types), copied into each run's folder so that a night's snapshot keeps the
 * reference data it was built with.
 */
public class ReferenceData {

	private final Configuration hadoop;

	/**
	 * Creates the copier.
	 * @param hadoop the Hadoop configuration
	 */
	public ReferenceData(Configuration hadoop) {
		this.hadoop = hadoop;
	}

	/**
	 * Copies every reference CSV into {@code <run>/reference/}.
	 * @param run the run's folder
	 */
	public void copyInto(Path run) {
		Path folder = new Path(run, "reference");
		try {
			FileSystem fs = folder.getFileSystem(this.hadoop);
			for (Resource table : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:warehouse/reference/*.csv")) {
				try (InputStream in = table.getInputStream();
						OutputStream out = fs.create(new Path(folder, table.getFilename()), true)) {
					in.transferTo(out);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot copy the reference data to " + folder, ex);
		}
	}

}
