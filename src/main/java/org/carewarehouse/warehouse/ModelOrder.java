package org.carewarehouse.warehouse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders the SQL models so that each builds after the models it reads: a model depends on
 * every other model that creates a relation or macro whose name it mentions (in any
 * schema: {@code published.x} creates {@code x}). Models with no dependency between them
 * keep their given order (layer, then file name). A model that refers to one in a later
 * layer, or a cycle, is refused by name before anything is built.
 */
final class ModelOrder {

	private static final Pattern CREATES = Pattern.compile(
			"(?i)CREATE\\s+OR\\s+REPLACE\\s+(?:TEMP\\s+)?(VIEW|TABLE|MACRO)\\s+((?:[a-z_][a-z0-9_]*\\.)?[a-z_][a-z0-9_]*)");

	private static final Pattern COMMENT = Pattern.compile("--[^\\n]*|'(?:[^']|'')*'");

	private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private ModelOrder() {
	}

	/**
	 * A model: its file name, its layer's position and its SQL.
	 *
	 * @param name the file name
	 * @param layer the position of its layer
	 * @param sql the model's SQL
	 */
	record Model(String name, int layer, String sql) {

		/**
		 * What the model creates, as its SQL names it: {@code schema.name} outside the
		 * main schema.
		 * @return the names, lower case
		 */
		Set<String> creates() {
			return names(true);
		}

		/**
		 * The views and tables the model creates, its macros left out.
		 * @return the names, lower case
		 */
		Set<String> relations() {
			return names(false);
		}

		private Set<String> names(boolean withMacros) {
			Set<String> names = new LinkedHashSet<>();
			Matcher matcher = CREATES.matcher(code());
			while (matcher.find()) {
				if (withMacros || !matcher.group(1).equalsIgnoreCase("MACRO")) {
					names.add(matcher.group(2).toLowerCase(java.util.Locale.ROOT));
				}
			}
			return names;
		}

		Set<String> mentions() {
			Set<String> words = new LinkedHashSet<>();
			Matcher matcher = WORD.matcher(code());
			while (matcher.find()) {
				words.add(matcher.group().toLowerCase(java.util.Locale.ROOT));
			}
			return words;
		}

		private String code() {
			return COMMENT.matcher(this.sql).replaceAll(" ");
		}

	}

	/**
	 * Sorts the models so that every model follows those it reads.
	 * @param models the models in layer and name order
	 * @return the models in build order
	 * @throws IllegalStateException naming the model that reads a later layer or closes a
	 * cycle
	 */
	static List<Model> sort(List<Model> models) {
		Map<String, Model> creator = new LinkedHashMap<>();
		models.forEach((model) -> model.creates().forEach((name) -> creator.putIfAbsent(unqualified(name), model)));
		Map<Model, List<Model>> reads = new LinkedHashMap<>();
		for (Model model : models) {
			List<Model> dependencies = new ArrayList<>();
			for (String word : model.mentions()) {
				Model other = creator.get(word);
				if (other != null && other != model && !dependencies.contains(other)) {
					if (other.layer() > model.layer()) {
						throw new IllegalStateException("Model " + model.name() + " reads " + word + " from "
								+ other.name() + ", a later layer");
					}
					dependencies.add(other);
				}
			}
			reads.put(model, dependencies);
		}
		List<Model> ordered = new ArrayList<>();
		Set<Model> visiting = new LinkedHashSet<>();
		for (Model model : models) {
			visit(model, reads, visiting, ordered);
		}
		return ordered;
	}

	/**
	 * A name without its schema.
	 * @param name a name, perhaps {@code schema.name}
	 * @return the part after the schema
	 */
	static String unqualified(String name) {
		return name.substring(name.indexOf('.') + 1);
	}

	/**
	 * The schema a name is in.
	 * @param name a name, perhaps {@code schema.name}
	 * @return the part before the name, {@code main} when there is none
	 */
	static String schema(String name) {
		int dot = name.indexOf('.');
		return (dot < 0) ? "main" : name.substring(0, dot);
	}

	private static void visit(Model model, Map<Model, List<Model>> reads, Set<Model> visiting, List<Model> ordered) {
		if (ordered.contains(model)) {
			return;
		}
		if (!visiting.add(model)) {
			throw new IllegalStateException("Models read each other in a cycle: "
					+ visiting.stream().map(Model::name).reduce((a, b) -> a + " -> " + b).orElse("") + " -> "
					+ model.name());
		}
		for (Model dependency : reads.get(model)) {
			visit(dependency, reads, visiting, ordered);
		}
		visiting.remove(model);
		ordered.add(model);
	}

}
