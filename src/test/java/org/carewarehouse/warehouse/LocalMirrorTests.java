package org.carewarehouse.warehouse;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local mirror of a warehouse root DuckDB cannot read, here one on the
 * {@code mirrortest:} scheme (the local disk under another name): the catalog's folder
 * holds {@code mirror/} beside {@code care.duckdb}.
 */
class LocalMirrorTests {

	static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

	@TempDir
	Path home;

	RunLayout layout;

	LocalMirror mirror;

	Path run;

	Path copy;

	@BeforeEach
	void warehouseOnAnotherScheme() throws IOException {
		Configuration hadoop = new Configuration();
		hadoop.set("fs.file.impl", LocalWarehouseFileSystem.class.getName());
		hadoop.setBoolean("fs.file.impl.disable.cache", true);
		hadoop.set("fs.mirrortest.impl", MirrorTestFileSystem.class.getName());
		hadoop.setBoolean("fs.mirrortest.impl.disable.cache", true);
		this.layout = new RunLayout(new WarehouseProperties("mirrortest:" + this.home.resolve("warehouse"),
				this.home.resolve("catalog/care.duckdb"), 400, 4, BigDecimal.valueOf(2), "1GB", 1));
		this.mirror = new LocalMirror(this.layout, hadoop);
		this.run = this.home.resolve("warehouse/runs/2024-03-31/run-1");
		this.copy = this.home.resolve("catalog/mirror/runs/2024-03-31/run-1");
		write(this.run.resolve("services/council=E08000012/part-00001.parquet"), "rows of tonight");
		write(this.run.resolve("services/.part-00002.parquet.crc"), "hidden");
	}

	@Test
	void pullCopiesTheVisibleFilesOfARunBesideTheCatalog() throws IOException {
		this.mirror.pull(this.layout.run(AS_OF, 1));

		assertThat(this.copy.resolve("services/council=E08000012/part-00001.parquet")).hasContent("rows of tonight");
		assertThat(this.copy.resolve("services/.part-00002.parquet.crc")).doesNotExist();
	}

	@Test
	void pullCopiesAFileAgainOnlyWhenTheWarehouseHoldsAnotherVersion() throws IOException {
		Path file = this.copy.resolve("services/council=E08000012/part-00001.parquet");
		this.mirror.pull(this.layout.run(AS_OF, 1));
		FileTime copied = Files.getLastModifiedTime(file);
		Files.writeString(file, "ROWS OF TONIGHT");
		Files.setLastModifiedTime(file, copied);

		this.mirror.pull(this.layout.run(AS_OF, 1));
		assertThat(file).as("same length and time: not copied again").hasContent("ROWS OF TONIGHT");

		write(this.run.resolve("services/council=E08000012/part-00001.parquet"), "rows of tonight, rewritten");
		this.mirror.pull(this.layout.run(AS_OF, 1));
		assertThat(file).hasContent("rows of tonight, rewritten");
	}

	@Test
	void pushCopiesBackOnlyWhatDuckDbWroteIntoTheMirror() throws IOException {
		Path loaded = this.run.resolve("services/council=E08000012/part-00001.parquet");
		this.mirror.pull(this.layout.run(AS_OF, 1));
		FileTime written = Files.getLastModifiedTime(loaded);
		write(this.copy.resolve("indicator_values.parquet"), "exported by DuckDB");

		this.mirror.push(this.layout.run(AS_OF, 1));

		assertThat(this.run.resolve("indicator_values.parquet")).hasContent("exported by DuckDB");
		assertThat(Files.getLastModifiedTime(loaded)).as("the loaded file is left alone").isEqualTo(written);
	}

	@Test
	void pruneRemovesTheCopyOfEachRunTheWarehouseNoLongerKeeps() throws IOException {
		write(this.home.resolve("warehouse/runs/2024-02-29/run-0/rules/rules.parquet"), "rules");
		this.mirror.pull(this.layout.run(AS_OF, 1));
		this.mirror.pull(this.layout.run(LocalDate.of(2024, 2, 29), 0));
		org.springframework.util.FileSystemUtils.deleteRecursively(this.home.resolve("warehouse/runs/2024-02-29"));

		this.mirror.prune();

		assertThat(this.home.resolve("catalog/mirror/runs/2024-02-29")).doesNotExist();
		assertThat(this.copy).isDirectory();
	}

	@Test
	void aFileRootIsNeverCopied() throws IOException {
		RunLayout local = new RunLayout(new WarehouseProperties(this.home.resolve("warehouse").toString(),
				this.home.resolve("catalog/care.duckdb"), 400, 4, BigDecimal.valueOf(2), "1GB", 1));
		LocalMirror none = new LocalMirror(local, new Configuration());

		none.pull(local.run(AS_OF, 1));
		none.prune();

		assertThat(this.home.resolve("catalog/mirror")).doesNotExist();
	}

	private static void write(Path file, String content) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}

}
