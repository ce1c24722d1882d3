package org.carewarehouse.pipeline;

import java.util.List;

import org.apache.hadoop.fs.Path;

/**
 * Writes the rejects that concern a source file as a whole (its refusal, its warnings) to
 * a file of their own named after the source file, so that writing them again, when a
 * step restarts, replaces them.
 */
final class FileRejects {

	private final ParquetTableWriter parquet;

	FileRejects(ParquetTableWriter parquet) {
		this.parquet = parquet;
	}

	/**
	 * Writes rejects of one source file into the run's rejects table.
	 * @param run the run folder
	 * @param suffix ends the written file's name, e.g. {@code -refused.parquet}
	 * @param rejects the rejects, all of one feed and source file
	 */
	void write(Path run, String suffix, List<Reject> rejects) {
		Reject first = rejects.get(0);
		String fileName = first.sourceFile().replaceFirst("(\\.[A-Za-z]+)+$", "") + suffix;
		Path folder = new Path(new Path(run, RejectTable.TABLE.name()), RejectTable.TABLE.partitionPath(first));
		this.parquet.write(RejectTable.TABLE, new Path(folder, fileName), rejects);
	}

}
