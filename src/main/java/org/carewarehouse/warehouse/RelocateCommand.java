package org.carewarehouse.warehouse;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

import org.carewarehouse.Command;

import org.springframework.stereotype.Component;

/**
 * {@code relocate [--out=FILE]}: rewrites the catalog's views to read the warehouse at
 * {@code care.warehouse.root}.
 */
@Component
class RelocateCommand implements Command<RelocateOptions> {

	private final Catalog catalog;

	RelocateCommand(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public Class<RelocateOptions> options() {
		return RelocateOptions.class;
	}

	@Override
	public int run(RelocateOptions options) throws IOException, SQLException {
		Path out = (options.out() != null) ? options.out() : this.catalog.file();
		String builtFor = this.catalog.relocate(out);
		System.out.println("wrote " + out + ": views moved from " + builtFor);
		return OK;
	}

}
