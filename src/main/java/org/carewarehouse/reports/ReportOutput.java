package org.carewarehouse.reports;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where reports are written: a local folder for the {@code report} command, the run's
 * folder (through the Hadoop file system) for the nightly job.
 */
@FunctionalInterface
public interface ReportOutput {

	/**
	 * Creates (or replaces) a file.
	 * @param relativePath the file's path below the reports folder, with {@code /}
	 * @return the stream to write it through; the caller closes it
	 * @throws IOException if the file cannot be created
	 */
	OutputStream create(String relativePath) throws IOException;

}
