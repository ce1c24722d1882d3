package org.carewarehouse.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.schema.MessageType;

/**
 * A second Parquet reader that is not DuckDB: parquet-java's own example reader, the way
 * a BI tool's connector sees a file, with nothing taken from folder names.
 */
public final class ParquetGroups {

	private ParquetGroups() {
	}

	/**
	 * Every record of a file.
	 * @param file the file
	 * @return its records
	 * @throws IOException if the file cannot be read
	 */
	public static List<Group> read(Path file) throws IOException {
		List<Group> groups = new ArrayList<>();
		try (ParquetReader<Group> reader = new Builder(input(file)).build()) {
			for (Group group = reader.read(); group != null; group = reader.read()) {
				groups.add(group);
			}
		}
		return groups;
	}

	/**
	 * The schema in a file's footer.
	 * @param file the file
	 * @return the schema
	 * @throws IOException if the file cannot be read
	 */
	public static MessageType schema(Path file) throws IOException {
		try (ParquetFileReader reader = ParquetFileReader.open(input(file))) {
			return reader.getFileMetaData().getSchema();
		}
	}

	private static InputFile input(Path file) throws IOException {
		Configuration hadoop = new Configuration();
		hadoop.set("fs.file.impl", RawLocalFileSystem.class.getName());
		hadoop.setBoolean("fs.file.impl.disable.cache", true);
		return HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), hadoop);
	}

	private static final class Builder extends ParquetReader.Builder<Group> {

		Builder(InputFile file) {
			super(file);
		}

		@Override
		protected ReadSupport<Group> getReadSupport() {
			return new GroupReadSupport();
		}

	}

}
