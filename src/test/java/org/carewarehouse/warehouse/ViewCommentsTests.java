package org.carewarehouse.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each view's comment comes from the model that defines it, without the marker lines.
 */
class ViewCommentsTests {

	@Test
	void headerWithoutItsMarkersDescribesTheView() {
		String sql = "-- materialise: computed once a run\n-- Providers by council,\n--   in-house or external.\n"
				+ "-- unique: council, provider_id\n-- references: council -> dim_council.council\n"
				+ "CREATE OR REPLACE VIEW dim_provider AS SELECT 1;";
		assertThat(ViewComments.of(List.of(model("dim_provider.sql", sql))))
			.containsExactly(Map.entry("dim_provider", "Providers by council, in-house or external."));
	}

	@Test
	void aViewOfItsOwnInAFileTakesTheCommentAboveIt() {
		String sql = "-- Exports.\nCOPY (SELECT 1) TO 'x.parquet';\nCREATE OR REPLACE VIEW a AS SELECT 1;\n\n"
				+ "-- Alerts for the board.\nCREATE OR REPLACE VIEW b AS SELECT 2;\n-- not CREATE OR REPLACE VIEW c\n";
		assertThat(ViewComments.of(List.of(model("exports.sql", sql)))).containsExactly(Map.entry("a", "Exports."),
				Map.entry("b", "Alerts for the board."));
	}

	@Test
	void aViewMadeAgainKeepsTheWordsOfTheModelThatDefinedIt() {
		ModelOrder.Model values = model("values.sql", "-- Every value.\nCREATE OR REPLACE VIEW v AS SELECT 1;");
		ModelOrder.Model export = model("export.sql", "-- Writes files.\nCREATE OR REPLACE VIEW v AS SELECT 1;");
		assertThat(ViewComments.of(List.of(values, export))).containsExactly(Map.entry("v", "Every value."));
	}

	@Test
	void everyViewOfTheWarehouseHasWords() throws Exception {
		List<ModelOrder.Model> models = new ArrayList<>();
		for (Resource resource : Catalog.resources(Catalog.LAYERS)) {
			models.add(model(resource.getFilename(),
					resource.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)));
		}
		Map<String, String> comments = ViewComments.of(models);
		assertThat(comments).hasSizeGreaterThan(80);
		assertThat(comments).allSatisfy((view, comment) -> assertThat(comment).as(view)
			.hasSizeGreaterThan(20)
			.doesNotContain("unique:", "references:", "materialise:"));
	}

	private static ModelOrder.Model model(String name, String sql) {
		return new ModelOrder.Model(name, 0, sql);
	}

}
