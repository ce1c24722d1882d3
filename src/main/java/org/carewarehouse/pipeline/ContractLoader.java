package org.carewarehouse.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads data contracts from the YAML files under {@code warehouse/contracts}.
 */
public final class ContractLoader {

	private ContractLoader() {
	}

	/**
	 * Loads a contract from the classpath copy of
	 * {@code warehouse/contracts/<name>.yaml}.
	 * @param name the contract's file name without extension
	 * @return the contract
	 */
	public static Contract load(String name) {
		String path = "warehouse/contracts/" + name + ".yaml";
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return fromYaml(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read data contract " + path, ex);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Data contract " + path + " is invalid: " + ex.getMessage(), ex);
		}
	}

	@SuppressWarnings("unchecked")
	static Contract fromYaml(Map<String, Object> yaml) {
		List<ContractColumn> columns = ((List<Map<String, Object>>) yaml.get("columns")).stream()
			.map(ContractLoader::column)
			.toList();
		List<List<String>> dateOrder = (List<List<String>>) yaml.getOrDefault("dateOrder", List.of());
		return new Contract((String) yaml.get("name"), text(yaml, "description"), (String) yaml.get("files"),
				(String) yaml.get("source"), "reject".equals(yaml.get("extraColumns")), columns, dateOrder,
				unpivot(yaml), controlTotal(yaml, columns));
	}

	/** A control total must be a decimal column, or nothing could be summed exactly. */
	private static @Nullable String controlTotal(Map<String, Object> yaml, List<ContractColumn> columns) {
		String name = (String) yaml.get("controlTotal");
		if (name != null
				&& columns.stream().noneMatch((c) -> c.name().equals(name) && c.type() == ColumnType.DECIMAL)) {
			throw new IllegalArgumentException("controlTotal '" + name + "' is not a decimal column");
		}
		return name;
	}

	@SuppressWarnings("unchecked")
	private static Contract.@Nullable Unpivot unpivot(Map<String, Object> yaml) {
		Map<String, String> unpivot = (Map<String, String>) yaml.get("unpivot");
		return (unpivot != null) ? new Contract.Unpivot(Pattern.compile(unpivot.get("headings")), unpivot.get("key"),
				unpivot.get("value")) : null;
	}

	@SuppressWarnings("unchecked")
	private static ContractColumn column(Map<String, Object> yaml) {
		ColumnType type = ColumnType
			.valueOf(((String) yaml.getOrDefault("type", "string")).toUpperCase(java.util.Locale.ROOT));
		List<DateTimeFormatter> formats = ((List<String>) yaml.getOrDefault("formats", List.of("yyyy-MM-dd"))).stream()
			.map((f) -> DateTimeFormatter.ofPattern(f.replace("yyyy", "uuuu")).withResolverStyle(ResolverStyle.STRICT))
			.toList();
		Map<String, String> codes = new LinkedHashMap<>();
		((List<String>) yaml.getOrDefault("codes", List.of())).forEach((c) -> {
			codes.put(c, c);
			codes.put(ContractColumn.codeKey(c), c);
		});
		((Map<String, String>) yaml.getOrDefault("codeAliases", Map.of())).forEach((alias, code) -> {
			codes.put(alias, code);
			codes.put(ContractColumn.codeKey(alias), code);
		});
		String pattern = (String) yaml.get("pattern");
		return new ContractColumn((String) yaml.get("name"), (List<String>) yaml.getOrDefault("aliases", List.of()),
				type, formats, codes, (pattern != null) ? Pattern.compile(pattern) : null, (String) yaml.get("check"),
				Boolean.TRUE.equals(yaml.get("required")), Boolean.TRUE.equals(yaml.get("identifier")),
				text(yaml, "description"),
				yaml.containsKey("headingPattern") ? Pattern.compile((String) yaml.get("headingPattern")) : null);
	}

	private static String text(Map<String, Object> yaml, String key) {
		Object value = yaml.get(key);
		return (value != null) ? value.toString().strip() : "";
	}

}
