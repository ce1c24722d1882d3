package org.carewarehouse.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Keys and relationships declared beside the models, as dbt keeps its tests beside each
 * model: a model file's header line {@code -- unique: a, b} says its view holds each
 * {@code (a, b)} once, and {@code -- references: a -> dim_x.b} that every value of
 * {@code a} is a {@code b} of {@code dim_x}. Each declaration becomes an assertion query
 * from one template in {@code warehouse/tests/templates/}, run with the hand-written
 * assertions before a catalog is published.
 */
final class DeclaredAssertions {

	private static final String NAME = "[a-z_][a-z0-9_]*";

	private static final Pattern UNIQUE = Pattern
		.compile("(?m)^--\\s*unique:\\s*(" + NAME + "(?:\\s*,\\s*" + NAME + ")*)\\s*$");

	private static final Pattern REFERENCES = Pattern
		.compile("(?m)^--\\s*references:\\s*(" + NAME + ")\\s*->\\s*(" + NAME + ")\\.(" + NAME + ")\\s*$");

	private static final Pattern ANY = Pattern.compile("(?m)^--\\s*(unique|references):.*$");

	private final SqlTemplate unique;

	private final SqlTemplate uniqueRows;

	private final SqlTemplate references;

	/**
	 * @param unique the template of a uniqueness assertion
	 * @param uniqueRows the template of the query naming the source lines of a repeated
	 * key, run once a uniqueness assertion fails
	 * @param references the template of a relationship assertion
	 */
	DeclaredAssertions(SqlTemplate unique, SqlTemplate uniqueRows, SqlTemplate references) {
		this.unique = unique;
		this.uniqueRows = uniqueRows;
		this.references = references;
	}

	/**
	 * The assertions a model declares, for the view named after its file.
	 * @param model the model
	 * @return each declared assertion, named for messages
	 * @throws IllegalStateException if a declaration line does not parse, or the file
	 * creates no view of its own name
	 */
	List<Assertion> of(ModelOrder.Model model) {
		String view = model.name().replaceFirst("\\.sql$", "");
		String schema = model.creates()
			.stream()
			.filter((name) -> ModelOrder.unqualified(name).equals(view))
			.map(ModelOrder::schema)
			.findFirst()
			.orElse("main");
		List<Assertion> assertions = new ArrayList<>();
		Matcher unique = UNIQUE.matcher(model.sql());
		while (unique.find()) {
			Map<String, String> values = Map.of("schema", schema, "view", view, "columns", unique.group(1));
			assertions.add(new Assertion(view + " unique (" + unique.group(1) + ")", this.unique.fill(values),
					this.uniqueRows.fill(values)));
		}
		Matcher references = REFERENCES.matcher(model.sql());
		while (references.find()) {
			assertions.add(new Assertion(
					view + "." + references.group(1) + " references " + references.group(2) + "." + references.group(3),
					this.references.fill(Map.of("schema", schema, "view", view, "column", references.group(1), "target",
							references.group(2), "key", references.group(3))),
					null));
		}
		refuseUnparsed(model, view, assertions.size());
		return assertions;
	}

	private static void refuseUnparsed(ModelOrder.Model model, String view, int parsed) {
		long declared = ANY.matcher(model.sql()).results().count();
		if (declared != parsed) {
			throw new IllegalStateException(model.name() + ": a '-- unique:' or '-- references:' line does not read "
					+ "as '-- unique: a, b' or '-- references: a -> view.column'");
		}
		if (declared > 0 && model.creates().stream().map(ModelOrder::unqualified).noneMatch(view::equals)) {
			throw new IllegalStateException(
					model.name() + " declares assertions but creates no view named " + view + " to hold them to");
		}
	}

	/**
	 * A generated assertion query.
	 *
	 * @param name what it asserts, for messages
	 * @param sql the query, which must return no rows
	 * @param sources a query run only when the assertion fails, returning one text naming
	 * the extract files and lines behind the broken rows (or NULL), or {@code null} where
	 * there is none
	 */
	record Assertion(String name, String sql, @Nullable String sources) {
	}

}
