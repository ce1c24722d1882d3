package org.carewarehouse.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.carewarehouse.pipeline.ColumnType.STRING;

/**
 * Every rule a row or file can break, with its code and meaning: the contracts' own, the
 * field checks' and each feed's domain rules.
 */
public final class RuleCatalogue {

	/**
	 * The {@code rules} table, published beside {@code rejects} so every code can be
	 * looked up.
	 */
	public static final Table<Rule> TABLE = Table.<Rule>named("rules", "One validation rule, by its stable code")
		.required("rule", STRING, "Stable rule code, as in rejects.rule", Rule::code)
		.required("description", STRING, "What the rule checks", Rule::description)
		.build();

	private RuleCatalogue() {
	}

	/**
	 * All rules, by code.
	 * @param feeds every feed
	 * @param checks the field checks contracts can name
	 * @return the rules
	 */
	public static List<Rule> of(List<Feed<?>> feeds, List<FieldCheck> checks) {
		List<Rule> all = new ArrayList<>(RowRule.ALL);
		all.addAll(FileRule.ALL);
		checks.forEach((check) -> all.add(check.rule()));
		feeds.forEach((feed) -> all.addAll(feed.rules()));
		return all.stream().distinct().sorted(Comparator.comparing(Rule::code)).toList();
	}

}
