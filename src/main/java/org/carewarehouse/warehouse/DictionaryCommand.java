package org.carewarehouse.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carewarehouse.Command;
import org.carewarehouse.pipeline.Feed;
import org.carewarehouse.pipeline.FieldCheck;
import org.carewarehouse.pipeline.Table;

import org.springframework.stereotype.Component;

/**
 * {@code dictionary [--out=FILE]}: writes the data dictionary and rule catalogue.
 */
@Component
class DictionaryCommand implements Command<DictionaryOptions> {

	private final DataDictionary dictionary;

	DictionaryCommand(List<Feed<?>> feeds, List<Table<?>> tables, List<FieldCheck> checks) {
		this.dictionary = new DataDictionary(feeds, tables, checks);
	}

	@Override
	public Class<DictionaryOptions> options() {
		return DictionaryOptions.class;
	}

	@Override
	public int run(DictionaryOptions options) throws IOException {
		Path file = options.out();
		Files.writeString(file, this.dictionary.render(), StandardCharsets.UTF_8);
		System.out.println("wrote " + file);
		return OK;
	}

	DataDictionary dictionary() {
		return this.dictionary;
	}

}
