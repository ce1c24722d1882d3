package org.carewarehouse.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.carewarehouse.Command;
import org.carewarehouse.pipeline.Feed;
import org.carewarehouse.pipeline.FieldCheck;
import org.carewarehouse.pipeline.Table;

import org.springframework.stereotype.Component;

/**
 * {@code dictionary [--out=FILE]}: writes the data dictionary and rule catalogue, and the
 * published catalog's views with their comments.
 */
@Component
class DictionaryCommand implements Command<DictionaryOptions> {

	private final DataDictionary dictionary;

	private final Catalog catalog;

	DictionaryCommand(List<Feed<?>> feeds, List<Table<?>> tables, List<FieldCheck> checks, Catalog catalog) {
		this.dictionary = new DataDictionary(feeds, tables, checks);
		this.catalog = catalog;
	}

	@Override
	public Class<DictionaryOptions> options() {
		return DictionaryOptions.class;
	}

	@Override
	public int run(DictionaryOptions options) throws IOException, SQLException {
		if (!Files.exists(this.catalog.file())) {
			// the views' columns and types are read from a built catalog
			System.err.println("No published catalog at " + this.catalog.file()
					+ ": run the nightly job first, then the dictionary");
			return FAILED;
		}
		Path file = options.out();
		Files.writeString(file, this.dictionary.render() + new ViewDictionary(this.catalog).render(),
				StandardCharsets.UTF_8);
		System.out.println("wrote " + file);
		return OK;
	}

	DataDictionary dictionary() {
		return this.dictionary;
	}

}
