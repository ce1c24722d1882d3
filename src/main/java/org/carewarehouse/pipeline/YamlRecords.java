package org.carewarehouse.pipeline;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Binds a SnakeYAML node tree to records, refusing keys no record component declares and
 * naming the file and line. SnakeYAML's own typed constructor needs JavaBeans with
 * setters, so records are bound from its node tree instead, which also keeps the line of
 * every key.
 */
final class YamlRecords {

	private final String source;

	YamlRecords(String source) {
		this.source = source;
	}

	<R extends Record> R bind(Node node, Class<R> type) {
		Map<String, Node> values = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping(node).getValue()) {
			String key = scalar(tuple.getKeyNode());
			if (Arrays.stream(type.getRecordComponents()).noneMatch((c) -> c.getName().equals(key))) {
				throw refused(tuple.getKeyNode(), "unknown key '" + key + "' (known: " + names(type) + ")");
			}
			if (values.put(key, tuple.getValueNode()) != null) {
				throw refused(tuple.getKeyNode(), "key '" + key + "' given twice");
			}
		}
		RecordComponent[] components = type.getRecordComponents();
		Object[] arguments = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			Node value = values.get(components[i].getName());
			if (value == null && !components[i].getAnnotatedType().isAnnotationPresent(Nullable.class)) {
				throw refused(node, "missing key '" + components[i].getName() + "'");
			}
			arguments[i] = (value != null) ? value(value, components[i].getGenericType()) : null;
			types[i] = components[i].getType();
		}
		try {
			return type.getDeclaredConstructor(types).newInstance(arguments);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot bind " + type.getSimpleName(), ex);
		}
	}

	private static String names(Class<? extends Record> type) {
		return String.join(", ", Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
	}

	@SuppressWarnings("unchecked")
	private Object value(Node node, Type type) {
		if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
			Type element = generic.getActualTypeArguments()[0];
			return sequence(node).getValue().stream().map((n) -> value(n, element)).toList();
		}
		if (type instanceof ParameterizedType generic && generic.getRawType() == Map.class) {
			Map<String, Object> map = new LinkedHashMap<>();
			mapping(node).getValue()
				.forEach((t) -> map.put(scalar(t.getKeyNode()),
						value(t.getValueNode(), generic.getActualTypeArguments()[1])));
			return map;
		}
		if (type instanceof Class<?> c && c.isRecord()) {
			return bind(node, (Class<? extends Record>) c);
		}
		if (type == Boolean.class) {
			return switch (scalar(node)) {
				case "true" -> true;
				case "false" -> false;
				default -> throw refused(node, "expected true or false, found '" + scalar(node) + "'");
			};
		}
		return scalar(node);
	}

	private MappingNode mapping(Node node) {
		if (node instanceof MappingNode mapping) {
			return mapping;
		}
		throw refused(node, "expected a mapping");
	}

	private SequenceNode sequence(Node node) {
		if (node instanceof SequenceNode sequence) {
			return sequence;
		}
		throw refused(node, "expected a list");
	}

	private String scalar(Node node) {
		if (node instanceof ScalarNode scalar) {
			return scalar.getValue();
		}
		throw refused(node, "expected a single value");
	}

	private IllegalArgumentException refused(Node node, String problem) {
		return new IllegalArgumentException(
				this.source + " line " + (node.getStartMark().getLine() + 1) + ": " + problem);
	}

}
