package org.carewarehouse.pipeline;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

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
		try (Reader in = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			return read(path, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read data contract " + path, ex);
		}
	}

	/**
	 * Reads a contract, refusing keys the contract records do not declare.
	 * @param source the file's name, for messages
	 * @param yaml the contract's YAML text
	 * @return the contract
	 */
	static Contract read(String source, Reader yaml) {
		Node root;
		try {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(yaml);
		}
		catch (YAMLException ex) {
			throw new IllegalArgumentException(source + ": " + ex.getMessage(), ex);
		}
		ContractYaml contract = new YamlRecords(source).bind(root, ContractYaml.class);
		try {
			return fromYaml(contract);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(source + ": " + ex.getMessage(), ex);
		}
	}

	private static Contract fromYaml(ContractYaml yaml) {
		List<ContractColumn> columns = yaml.columns().stream().map(ContractLoader::column).toList();
		return new Contract(yaml.name(), text(yaml.description()), yaml.files(), yaml.source(),
				"reject".equals(yaml.extraColumns()), columns, orEmpty(yaml.dateOrder()), unpivot(yaml.unpivot()),
				typedColumn("controlTotal", yaml.controlTotal(), columns, ColumnType.DECIMAL),
				plainColumn("recordKey", yaml.recordKey(), columns),
				plainColumn("councilColumn", yaml.councilColumn(), columns),
				plainColumn("yearColumn", yaml.yearColumn(), columns),
				typedColumn("snapshotColumn", yaml.snapshotColumn(), columns, ColumnType.DATE),
				resubmissions(yaml.resubmissions()), unique(yaml.unique(), columns));
	}

	/**
	 * A unique key's columns must be columns, and none one that identifies a person,
	 * whose value a repeat's reject would show.
	 */
	private static List<String> unique(@Nullable List<String> names, List<ContractColumn> columns) {
		if (names == null) {
			return List.of();
		}
		if (names.isEmpty()) {
			throw new IllegalArgumentException("unique names no column");
		}
		names.forEach((name) -> plainColumn("unique", name, columns));
		return List.copyOf(names);
	}

	/** {@code resubmissions: replace}, or nothing: every file's rows count. */
	private static boolean resubmissions(@Nullable String value) {
		if (value != null && !"replace".equals(value)) {
			throw new IllegalArgumentException("resubmissions is 'replace' or absent, not '" + value + "'");
		}
		return value != null;
	}

	/**
	 * A record key, or a column a file's name speaks for, must be a column, and not one
	 * that identifies a person: it is stored with rejects, or compared with the name.
	 */
	private static @Nullable String plainColumn(String key, @Nullable String name, List<ContractColumn> columns) {
		if (name != null && columns.stream().noneMatch((c) -> c.name().equals(name) && !c.identifier())) {
			throw new IllegalArgumentException(
					key + " '" + name + "' is not a column, or is one that identifies a person");
		}
		return name;
	}

	/**
	 * A control total must be a decimal column, or nothing could be summed exactly; a
	 * snapshot column a date column, or it has no month.
	 */
	private static @Nullable String typedColumn(String key, @Nullable String name, List<ContractColumn> columns,
			ColumnType type) {
		if (name != null && columns.stream().noneMatch((c) -> c.name().equals(name) && c.type() == type)) {
			throw new IllegalArgumentException(
					key + " '" + name + "' is not a " + type.name().toLowerCase(Locale.ROOT) + " column");
		}
		return name;
	}

	private static Contract.@Nullable Unpivot unpivot(ContractYaml.@Nullable Unpivot unpivot) {
		return (unpivot != null)
				? new Contract.Unpivot(Pattern.compile(unpivot.headings()), unpivot.key(), unpivot.value()) : null;
	}

	private static ContractColumn column(ContractYaml.Column yaml) {
		ColumnType type = ColumnType.valueOf(((yaml.type() != null) ? yaml.type() : "string").toUpperCase(Locale.ROOT));
		if (yaml.pattern() != null && yaml.expected() == null) {
			// a data owner reads the reject message, not the regular expression
			throw new IllegalArgumentException(
					"column '" + yaml.name() + "' has a pattern but no 'expected:' saying in words what it asks for");
		}
		List<String> formats = (yaml.formats() != null) ? yaml.formats() : List.of("yyyy-MM-dd");
		Map<String, String> codes = new LinkedHashMap<>();
		orEmpty(yaml.codes()).forEach((c) -> {
			codes.put(c, c);
			codes.put(ContractColumn.codeKey(c), c);
		});
		((yaml.codeAliases() != null) ? yaml.codeAliases() : Map.<String, String>of()).forEach((alias, code) -> {
			codes.put(alias, code);
			codes.put(ContractColumn.codeKey(alias), code);
		});
		return new ContractColumn(yaml.name(), orEmpty(yaml.aliases()), type,
				formats.stream().map(ContractLoader::dateFormat).toList(), codes, pattern(yaml.pattern()),
				yaml.expected(), yaml.check(), Boolean.TRUE.equals(yaml.required()),
				Boolean.TRUE.equals(yaml.identifier()), text(yaml.description()), pattern(yaml.headingPattern()));
	}

	/**
	 * A date format of a contract. Month names are English whatever the machine's locale
	 * (under en_GB the short name of September is "Sept", so 01-Sep-2023 would not
	 * parse), and read in any case, as finance systems write them (01-SEP-2023).
	 */
	static DateTimeFormatter dateFormat(String pattern) {
		DateTimeFormatterBuilder format = new DateTimeFormatterBuilder();
		if (pattern.contains("MMM")) {
			format.parseCaseInsensitive();
		}
		return format.appendPattern(pattern.replace("yyyy", "uuuu"))
			.toFormatter(Locale.ENGLISH)
			.withResolverStyle(ResolverStyle.STRICT);
	}

	private static @Nullable Pattern pattern(@Nullable String pattern) {
		return (pattern != null) ? Pattern.compile(pattern) : null;
	}

	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return (list != null) ? list : List.of();
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value.strip() : "";
	}

}
