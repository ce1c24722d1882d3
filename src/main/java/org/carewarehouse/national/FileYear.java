package org.carewarehouse.national;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carewarehouse.pipeline.Rule;
import org.jspecify.annotations.Nullable;

/**
 * The financial year a national file covers, from its name: the published files carry it
 * only there ({@code asc-fr-2023-24.csv}, or NHS England's {@code ...-eng-2324-...}).
 */
final class FileYear {

	static final Rule NO_YEAR = new Rule("NA001", "The national file's name does not say its financial year");

	private static final Pattern LABEL = Pattern.compile("(20\\d{2})-(\\d{2})");

	private static final Pattern SHORT = Pattern.compile("-(\\d{2})(\\d{2})-");

	private FileYear() {
	}

	/** The year's label, like 2023-24, or null when the name holds none. */
	static @Nullable String of(String fileName) {
		Matcher label = LABEL.matcher(fileName);
		if (label.find()) {
			return label.group(1) + "-" + label.group(2);
		}
		Matcher compact = SHORT.matcher(fileName);
		return compact.find() ? "20" + compact.group(1) + "-" + compact.group(2) : null;
	}

}
