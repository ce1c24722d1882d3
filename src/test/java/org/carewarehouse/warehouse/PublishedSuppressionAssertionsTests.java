package org.carewarehouse.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publish-time assertions over secondary suppression, run against a published table
 * written by hand for one council's year of the cost family (COST-PERSON: spend over
 * people): each finds the leak planted in it and nothing once the leak is hidden.
 */
class PublishedSuppressionAssertionsTests {

	/**
	 * 'All' 30 people shown, 'Age: 18-64' 3 hidden and 'Age: 65+' 27 shown: 30 - 27 = 3.
	 * With 'Age: 65+' hidden too the group holds two hidden members.
	 */
	@Test
	void aGroupWithOneHiddenMemberIsFound() throws Exception {
		String cells = "('All', 600.00, 30.00, false), ('Age: 18-64', 60.00, 3.00, true), ('Age: 65+', 540.00, 27.00, %s)";
		try (ModelDatabase db = published(cells.formatted(false))) {
			assertThat(db.rows(assertion("published_groups_hide_none_or_two")))
				.extracting((row) -> row.get(0).toString())
				.singleElement()
				.satisfies((group) -> assertThat(group).contains("label=Age}"));
		}
		try (ModelDatabase db = published(cells.formatted(true))) {
			assertThat(db.rows(assertion("published_groups_hide_none_or_two"))).isEmpty();
		}
	}

	/**
	 * 'Service: A' hidden and 'Provider type: External', the same 5 people and 100.00,
	 * shown publish A's figures all the same; hidden together they do not. 'Service: B'
	 * is hidden beside A, so the services' group is not what is found.
	 */
	@Test
	void aCellShownBesideItsHiddenAliasIsFound() throws Exception {
		String cells = "('All', 600.00, 30.00, false), ('Service: A', 100.00, 5.00, true), "
				+ "('Service: B', 500.00, 25.00, true), ('Provider type: External', 100.00, 5.00, %s), "
				+ "('Provider type: In-house', 500.00, 25.00, %<s)";
		try (ModelDatabase db = published(cells.formatted(false))) {
			assertThat(db.rows(assertion("published_aliases_hidden_together"))).hasSize(2);
		}
		try (ModelDatabase db = published(cells.formatted(true))) {
			assertThat(db.rows(assertion("published_aliases_hidden_together"))).isEmpty();
		}
	}

	/**
	 * The cells as indicator_values holds them and as indicators_published hides them.
	 */
	private static ModelDatabase published(String cells) throws Exception {
		ModelDatabase db = new ModelDatabase();
		db.execute("""
				CREATE TABLE cells AS
				SELECT 'COST' AS suppression_family, 'E1' AS council, '2023-24' AS financial_year,
				    'COST-PERSON' AS indicator_id, *
				FROM (VALUES %s) AS t(breakdown, numerator, denominator, suppressed)""".formatted(cells));
		db.execute("CREATE TABLE indicator_values AS SELECT * EXCLUDE (suppressed) FROM cells");
		db.execute("CREATE TABLE indicators_published AS SELECT indicator_id, council, financial_year, breakdown, "
				+ "CASE WHEN NOT suppressed THEN numerator END AS numerator, suppressed FROM cells");
		db.models("staging/breakdown", "staging/suppression");
		return db;
	}

	private static String assertion(String name) throws Exception {
		return Files.readString(Path.of("warehouse/tests", name + ".sql"));
	}

}
