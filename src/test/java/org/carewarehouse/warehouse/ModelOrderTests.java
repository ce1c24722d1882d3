package org.carewarehouse.warehouse;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ModelOrderTests {

	@Test
	void aModelBuildsAfterTheModelsItReadsWhateverTheirNames() {
		ModelOrder.Model alpha = new ModelOrder.Model("a.sql", 1, "CREATE OR REPLACE VIEW a AS SELECT * FROM z");
		ModelOrder.Model zulu = new ModelOrder.Model("z.sql", 1, "CREATE OR REPLACE VIEW z AS SELECT cost_day(1)");
		ModelOrder.Model macro = new ModelOrder.Model("m.sql", 0, "CREATE OR REPLACE MACRO cost_day(x) AS x / 7;");
		assertThat(ModelOrder.sort(List.of(macro, alpha, zulu))).extracting(ModelOrder.Model::name)
			.containsExactly("m.sql", "z.sql", "a.sql");
	}

	@Test
	void namesInCommentsAndStringsAreNotDependencies() {
		ModelOrder.Model alpha = new ModelOrder.Model("a.sql", 1,
				"-- built before z\nCREATE OR REPLACE VIEW a AS SELECT 'z' AS label");
		ModelOrder.Model zulu = new ModelOrder.Model("z.sql", 1, "CREATE OR REPLACE VIEW z AS SELECT 1");
		assertThat(ModelOrder.sort(List.of(alpha, zulu))).extracting(ModelOrder.Model::name)
			.containsExactly("a.sql", "z.sql");
	}

	@Test
	void aCycleIsRefusedByName() {
		ModelOrder.Model alpha = new ModelOrder.Model("a.sql", 1, "CREATE OR REPLACE VIEW a AS SELECT * FROM b");
		ModelOrder.Model bravo = new ModelOrder.Model("b.sql", 1, "CREATE OR REPLACE VIEW b AS SELECT * FROM a");
		assertThatIllegalStateException().isThrownBy(() -> ModelOrder.sort(List.of(alpha, bravo)))
			.withMessageContaining("a.sql -> b.sql -> a.sql");
	}

	@Test
	void readingALaterLayerIsRefusedByName() {
		ModelOrder.Model staging = new ModelOrder.Model("s.sql", 0, "CREATE OR REPLACE VIEW s AS SELECT * FROM m");
		ModelOrder.Model mart = new ModelOrder.Model("m.sql", 2, "CREATE OR REPLACE VIEW m AS SELECT 1");
		assertThatIllegalStateException().isThrownBy(() -> ModelOrder.sort(List.of(staging, mart)))
			.withMessage("Model s.sql reads m from m.sql, a later layer");
	}

	@Test
	void everyShippedModelHasAnOrder() {
		List<ModelOrder.Model> models = new java.util.ArrayList<>();
		for (int layer = 0; layer < Catalog.LAYERS.size(); layer++) {
			for (org.springframework.core.io.Resource model : Catalog.resources(List.of(Catalog.LAYERS.get(layer)))) {
				models.add(new ModelOrder.Model(model.getFilename(), layer, read(model)));
			}
		}
		assertThat(ModelOrder.sort(models)).hasSameSizeAs(models);
	}

	private static String read(org.springframework.core.io.Resource model) {
		try {
			return model.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
