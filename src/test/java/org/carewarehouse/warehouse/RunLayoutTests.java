package org.carewarehouse.warehouse;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Where DuckDB reads a warehouse: in place for {@code file:} and {@code s3a:} roots, in
 * the local mirror beside the catalog for any other scheme.
 */
class RunLayoutTests {

	static final Path CATALOG = Path.of("/srv/care/care.duckdb");

	static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

	@Test
	void aFileRootIsReadInPlace() {
		RunLayout layout = layout("/srv/warehouse");

		assertThat(layout.mirrored()).isFalse();
		assertThat(layout.forDuckDb(layout.run(AS_OF, 7))).isEqualTo("/srv/warehouse/runs/2024-03-31/run-7");
	}

	@Test
	void anS3aRootIsReadByDuckDbAsS3() {
		RunLayout layout = layout("s3a://council-care/warehouse");

		assertThat(layout.mirrored()).isFalse();
		assertThat(layout.forDuckDb(layout.history())).isEqualTo("s3://council-care/warehouse/history/load_runs");
	}

	@Test
	void anHdfsRootIsReadFromTheMirrorBesideTheCatalog() {
		RunLayout layout = layout("hdfs://namenode:8020/care/warehouse");

		assertThat(layout.mirrored()).isTrue();
		assertThat(layout.forDuckDb(layout.run(AS_OF, 7))).isEqualTo("/srv/care/mirror/runs/2024-03-31/run-7");
		assertThat(layout.forDuckDb(layout.history())).isEqualTo("/srv/care/mirror/history/load_runs");
		assertThat(layout.mirrorOf(new org.apache.hadoop.fs.Path(layout.root())))
			.isEqualTo(Path.of("/srv/care/mirror"));
	}

	@Test
	void onlyWhatIsUnderTheRootHasAMirror() {
		RunLayout layout = layout("hdfs://namenode:8020/care/warehouse");

		assertThatIllegalArgumentException().isThrownBy(
				() -> layout.mirrorOf(new org.apache.hadoop.fs.Path("hdfs://namenode:8020/care/warehouse-old/runs")));
	}

	static RunLayout layout(String root) {
		return new RunLayout(new WarehouseProperties(root, CATALOG, 400, 4, BigDecimal.valueOf(2), "1GB", 1));
	}

}
