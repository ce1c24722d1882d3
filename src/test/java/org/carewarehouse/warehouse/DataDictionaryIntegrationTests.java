package org.carewarehouse.warehouse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.carewarehouse.nightly.NightlyIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed data dictionary is the one the running code would write.
 */
@NightlyIntegrationTest
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:dictionary" })
class DataDictionaryIntegrationTests {

	@Autowired
	DictionaryCommand command;

	@Test
	void committedDictionaryIsCurrent() throws Exception {
		String committed = Files.readString(Path.of("warehouse/dictionary.md"), StandardCharsets.UTF_8);
		// the views section is read from a built catalog: SampleFiguresIntegrationTests
		// checks it against the sample's
		assertThat(committed).contains(ViewDictionary.HEADING);
		assertThat(committed.substring(0, committed.indexOf(ViewDictionary.HEADING)))
			.as("warehouse/dictionary.md is stale: run the dictionary command")
			.isEqualTo(this.command.dictionary().render());
	}

	@Test
	void catalogueListsEveryRuleWithItsMeaning() {
		String dictionary = this.command.dictionary().render();
		assertThat(dictionary).contains("| CW001 | A mandatory field is blank |", "| PV001 |", "| SV001 |",
				"| unit_cost | DECIMAL(18,2) | yes |", "| council | VARCHAR (partition) |",
				"| NHS Number | string, identifier |");
	}

}
