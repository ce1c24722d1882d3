package org.carewarehouse.warehouse;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The options of {@code dictionary}.
 */
@Command(name = "dictionary", description = "Write the data dictionary and rule catalogue.")
public final class DictionaryOptions {

	@Option(names = "--out", paramLabel = "FILE", description = "Where to write it (default warehouse/dictionary.md).")
	private Path out = Path.of("warehouse/dictionary.md");

	public Path out() {
		return this.out;
	}

}
