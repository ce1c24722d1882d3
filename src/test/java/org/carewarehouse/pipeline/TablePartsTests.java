package org.carewarehouse.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A source file's parts are found by their exact stem in every partition, copied into the
 * same partitions of another run with their row count read from the footers, and copying
 * again gives the same result.
 */
class TablePartsTests {

	private final Configuration hadoop = new Configuration();

	private final ParquetTableWriter parquet = new ParquetTableWriter(this.hadoop);

	@Test
	void copiesOneFilesPartsInEveryPartitionAndCountsTheirRows(@TempDir Path root) throws IOException {
		org.apache.hadoop.fs.Path published = run(root, "2024-01-31/run-1");
		org.apache.hadoop.fs.Path tonight = run(root, "2024-02-29/run-2");
		write(published, "a", "services-E08000014-00001.parquet", 2);
		write(published, "b", "services-E08000014-00002.parquet", 3);
		// another file whose name begins with this one's
		write(published, "a", "services-E08000014-extra-00001.parquet", 4);
		// what tonight's refused load left behind is replaced
		write(tonight, "a", "services-E08000014-00009.parquet", 1);
		TableParts parts = new TableParts(this.hadoop, "rejects", "services-E08000014");

		assertThat(parts.copy(published, tonight)).isEqualTo(5);
		assertThat(parts.copy(published, tonight)).as("copied again").isEqualTo(5);
		assertThat(files(root.resolve("2024-02-29/run-2/rejects")))
			.containsExactly("feed=a/services-E08000014-00001.parquet", "feed=b/services-E08000014-00002.parquet");
	}

	@Test
	void removesOnlyThatFilesParts(@TempDir Path root) throws IOException {
		org.apache.hadoop.fs.Path tonight = run(root, "2024-02-29/run-2");
		write(tonight, "a", "services-E08000014-00001.parquet", 2);
		write(tonight, "a", "services-E08000014-extra-00001.parquet", 2);
		write(tonight, "a", "services-E08000014-refused.parquet", 1);

		new TableParts(this.hadoop, "rejects", "services-E08000014").remove(tonight);

		assertThat(files(root.resolve("2024-02-29/run-2/rejects"))).containsExactly(
				"feed=a/services-E08000014-extra-00001.parquet", "feed=a/services-E08000014-refused.parquet");
	}

	private static org.apache.hadoop.fs.Path run(Path root, String run) {
		return new org.apache.hadoop.fs.Path(root.resolve(run).toUri());
	}

	private void write(org.apache.hadoop.fs.Path run, String feed, String name, int rows) {
		List<Reject> rejects = Stream.iterate(1, (line) -> line + 1)
			.limit(rows)
			.map((line) -> new Reject(feed, "f.csv", line, null, "CW001", "blank", null))
			.toList();
		this.parquet.write(RejectTable.TABLE,
				new org.apache.hadoop.fs.Path(new org.apache.hadoop.fs.Path(run, "rejects/feed=" + feed), name),
				rejects);
	}

	private static List<String> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".parquet"))
				.map((file) -> folder.relativize(file).toString())
				.sorted()
				.toList();
		}
	}

}
